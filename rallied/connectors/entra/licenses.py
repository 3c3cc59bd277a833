"""Licences: the tenant's catalogue (subscribed SKUs by name, with seats), assign, remove and swap by part number.

Graph's assignLicense needs both keys (either may be an empty list), a usage location on the user
and a free seat; we check the last two first so a refusal says what is wrong in our words and no
request is made that is bound to fail.
"""

from __future__ import annotations

from typing import Any

from rallied.connectors.base import DirectoryUser
from rallied.connectors.entra.client import GraphClient
from rallied.connectors.entra.sku_names import sku_name
from rallied.licences import LicenceSku


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

    def licence_catalogue(self) -> list[LicenceSku]:
        """The tenant's licences with their friendly names and seats, for matching what a ticket asks for.

        One GET /subscribedSkus; only SKUs that apply to users (a tenant's device or company-wide SKUs cannot be
        given to a person).
        """
        rows = []
        for sku in self.pages("/subscribedSkus"):
            if str(sku.get("appliesTo") or "User") != "User":
                continue
            part = str(sku.get("skuPartNumber", ""))
            named = sku_name(part)
            rows.append(LicenceSku(sku=part, sku_id=str(sku.get("skuId", "")), name=named.name,
                                   total=int((sku.get("prepaidUnits") or {}).get("enabled", 0)),
                                   consumed=int(sku.get("consumedUnits", 0)), names=named.names,
                                   family=named.family))
        return rows

    def held_sku_ids(self, user: DirectoryUser | str) -> set[str]:
        """The SKU ids the user holds now: one read of the user's assignedLicenses, for checks made at plan time."""
        return self._licenses(user)[2]

    def _sku(self, sku_part_number: str, skus: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        for sku in self.subscribed_skus() if skus is None else skus:
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
            raise self.fail(f"No free '{sku['sku']}' licences left: {sku['consumed']} of {sku['total']} in use.",
                            "no_free_licenses", status=400)
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

    def swap_license(self, user: DirectoryUser, from_sku: str, to_sku: str) -> dict[str, Any]:
        """Replace one licence by another in a single assignLicense call (no moment without either, and the
        old seat is given back in the same call that takes the new one).

        Returns `changed` (False when the user already holds `to_sku` and not `from_sku`: the swap is done) and
        `before` / `after`, the part numbers held, so the action's result shows what an undo (the opposite swap)
        restores.
        """
        self.ensure_allowed("swap_license")
        skus = self.subscribed_skus()
        old, new = self._sku(from_sku, skus), self._sku(to_sku, skus)
        uid, data, held = self._licenses(user)
        by_id = {s["sku_id"]: s["sku"] for s in skus}
        before = sorted(by_id.get(sid, sid) for sid in held)
        add = [] if new["sku_id"] in held else [new["sku_id"]]
        remove = [old["sku_id"]] if old["sku_id"] in held else []
        if not add and not remove:
            return {"changed": False, "before": before, "after": before}
        if add and not remove:  # neither held: not a swap half done before, but one whose premise is wrong
            raise self.fail(f"The user does not hold '{old['sku']}' to swap for '{new['sku']}'.", "license_not_held",
                            status=400)
        if add:
            self._ready_to_add(uid, data, new)
        self._assign(uid, add, remove)
        after = sorted((set(before) - {old["sku"]} if remove else set(before)) | {new["sku"]})
        return {"changed": True, "before": before, "after": after}
