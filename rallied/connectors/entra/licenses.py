"""Licences: subscribed SKUs with free seats, assign, remove and swap by part number.

Graph's assignLicense needs both keys (either may be an empty list), a usage location on the user
and a free seat; we check the last two first so a refusal says what is wrong in our words and no
request is made that is bound to fail.
"""

from __future__ import annotations

from typing import Any

from rallied.connectors.base import DirectoryUser
from rallied.connectors.entra.client import GraphClient


class LicenseMixin(GraphClient):
    def subscribed_skus(self) -> list[dict[str, Any]]:
        """The tenant's subscriptions: part number, id, seats bought, used and free."""
        rows = []
        for sku in self.pages("/subscribedSkus"):
            total = int((sku.get("prepaidUnits") or {}).get("enabled", 0))
            consumed = int(sku.get("consumedUnits", 0))
            rows.append(
                {
                    "sku": str(sku.get("skuPartNumber", "")),
                    "sku_id": str(sku.get("skuId", "")),
                    "total": total,
                    "consumed": consumed,
                    "free": max(0, total - consumed),
                }
            )
        return rows

    def _sku(self, sku_part_number: str) -> dict[str, Any]:
        for sku in self.subscribed_skus():
            if sku["sku"].lower() == sku_part_number.lower():
                return sku
        raise self.fail(
            f"The tenant has no subscription for '{sku_part_number}'.", "sku_not_found", status=404
        )

    def _licenses(self, user: DirectoryUser | str) -> tuple[str, dict[str, Any], set[str]]:
        data = self.get_json(f"/users/{self.ref(user)}", {"$select": "id,usageLocation,assignedLicenses"})
        held = {str(a.get("skuId")) for a in data.get("assignedLicenses") or []}
        return str(data["id"]), data, held

    def holds_license(self, user: DirectoryUser, sku_part_number: str) -> bool:
        """A read for reconciling assign_license / remove_license: does the user hold this licence now?"""
        return self._sku(sku_part_number)["sku_id"] in self._licenses(user)[2]

    def _ready_to_add(self, uid: str, data: dict[str, Any], sku: dict[str, Any]) -> None:
        """A free seat and a usage location (set from the connection's default when missing)."""
        if sku["free"] <= 0:
            raise self.fail(f"No free '{sku['sku']}' licences left.", "no_free_licenses", status=400)
        if not data.get("usageLocation"):
            location = self.config.get("default_usage_location")
            if not location:
                raise self.fail(
                    "The user has no usage location, which licensing requires.",
                    "no_usage_location",
                    status=400,
                )
            self.call("PATCH", f"/users/{uid}", json={"usageLocation": location})

    def _assign(self, uid: str, add: list[str], remove: list[str]) -> None:
        body = {"addLicenses": [{"disabledPlans": [], "skuId": s} for s in add], "removeLicenses": remove}
        self.call("POST", f"/users/{uid}/assignLicense", json=body)

    def assign_license(self, user: DirectoryUser, sku_part_number: str) -> bool:
        """Assign a licence by its part number; False when the user already has it."""
        self.ensure_allowed("assign_license")
        sku = self._sku(sku_part_number)
        uid, data, held = self._licenses(user)
        if sku["sku_id"] in held:
            return False
        self._ready_to_add(uid, data, sku)
        self._assign(uid, [sku["sku_id"]], [])
        return True

    def remove_license(self, user: DirectoryUser, sku_part_number: str) -> bool:
        """Remove a licence; False when the user did not have it."""
        self.ensure_allowed("remove_license")
        sku = self._sku(sku_part_number)
        uid, _, held = self._licenses(user)
        if sku["sku_id"] not in held:
            return False
        self._assign(uid, [], [sku["sku_id"]])
        return True

    def swap_license(self, user: DirectoryUser, from_sku: str, to_sku: str) -> bool:
        """Replace one licence by another in a single assignLicense call (no moment without either).

        Needs both assign and remove in the service account's scope. False when the user already
        holds `to_sku` and not `from_sku`, i.e. the swap is done.
        """
        self.ensure_allowed("assign_license")
        self.ensure_allowed("remove_license")
        old, new = self._sku(from_sku), self._sku(to_sku)
        uid, data, held = self._licenses(user)
        add = [] if new["sku_id"] in held else [new["sku_id"]]
        remove = [old["sku_id"]] if old["sku_id"] in held else []
        if not add and not remove:
            return False
        if add:
            self._ready_to_add(uid, data, new)
        self._assign(uid, add, remove)
        return True
