"""A licence named in a ticket, resolved against the tenant's own catalogue before anything is planned or approved.

"E3", "Visio" or "Business Premium" become the part number the tenant actually has (rallied/licences.py matches,
the identity connector's `licence_catalogue()` lists the SKUs and seats), or a stated reason why not:

- `unsupported`: the tenant's identity provider has no licences Rallied can assign (Okta has none; Google's
  licensing is a separate API the contract does not cover), or its connector lacks the action kind;
- `missing`: the ticket names no licence;
- `ambiguous`: the name fits several of the tenant's SKUs ("E3" with both Office 365 E3 and Microsoft 365 E3), or a
  swap replaces a licence the user does not hold (or replaces one with itself);
- `catalogue`: the name is not a licence of this tenant (the reason lists the ones it has), or no seat is free
  (the reason gives the numbers: "Microsoft 365 E3: 25 of 25 in use");
- `unavailable`: the catalogue could not be read (the identity provider failed); nothing is guessed.

Both the planner (when it turns a licence intent into an action) and the decision (approvals/verification/
identity.resolve_action, inside workflow.decisions.redecide, so a technician's edit is checked too) call
`resolve_licence_params`. The catalogue is read once per `LicenceCatalogue`, which the caller keeps for one ticket's
pass and never shares between tenants; the connector reads the seats again right before its write.

At plan time, per intent (the status is the intent's reason class, the problems its reason):

    licences = catalogue_for(ticket.tenant)                      # once per ticket
    resolved = resolve_licence_params(kind=kind, params=params, catalogue=licences, target=params["target"])
    if resolved.status != "ok": hand the intent over with " ".join(resolved.problems)
    else: plan the action with resolved.params (part numbers)
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from rallied.connectors import ConnectorError, IdentityConnector
from rallied.connectors.entra.sku_names import SKU_NAMES
from rallied.licences import LicenceSku, catalogue_names, match_licence
from tenants.models import Tenant
from tenants.selectors import connector_for, identity_connection

LICENCE_KINDS = frozenset({"assign_license", "remove_license", "swap_license"})
# params key -> does the action take a seat of it? (the removed licence of a swap gives its seat back)
_LICENCE_PARAMS: dict[str, tuple[tuple[str, bool], ...]] = {
    "assign_license": (("license", True),),
    "remove_license": (("license", False),),
    "swap_license": (("license", False), ("new_license", True)),
}


def licence_name(part_number: str) -> str:
    """The product name a requester knows a part number by ("SPE_E3" -> "Microsoft 365 E3"), for replies.

    Microsoft's table is the only one: Entra is the one identity provider whose licences Rallied assigns. A part
    number it does not know is returned as it is."""
    row = SKU_NAMES.get(part_number)
    return row.name if row is not None else part_number


class LicenceCatalogue:
    """One tenant's licences as its identity provider lists them: read at most once, on first use."""

    def __init__(self, idp: IdentityConnector | None) -> None:
        self.idp = idp
        self._skus: list[LicenceSku] | None = None
        self.error = ""

    @property
    def supported(self) -> bool:
        return self.idp is not None and callable(getattr(self.idp, "licence_catalogue", None))

    def skus(self) -> list[LicenceSku] | None:
        """The SKUs, or None when there is no catalogue to read or the read failed (`error` says why)."""
        if self._skus is None and not self.error and self.supported:
            try:
                self._skus = list(self.idp.licence_catalogue())  # type: ignore[union-attr]
            except ConnectorError as exc:
                self.error = exc.message
        return self._skus


def catalogue_for(tenant: Tenant) -> LicenceCatalogue:
    """The tenant's catalogue through its identity connection (reads only; not read until first used)."""
    connection = identity_connection(tenant)
    return LicenceCatalogue(connector_for(connection) if connection is not None else None)  # type: ignore[arg-type]


def held_by(catalogue: LicenceCatalogue, target: str) -> Callable[[], set[str] | None]:
    """The SKU ids `target` holds, read from the directory once and only if a check needs them; None when they
    cannot be read (no target, no such user, the read failed): every check that needs them then stands."""
    cache: list[set[str] | None] = []

    def read() -> set[str] | None:
        if not cache:
            reader, found = getattr(catalogue.idp, "held_sku_ids", None), None
            if callable(reader) and target:
                try:
                    found = set(reader(target))
                except ConnectorError:  # no such user (404) or the read failed: unknown
                    found = None
            cache.append(found)
        return cache[0]
    return read


@dataclass(frozen=True)
class LicenceResolution:
    """One licence phrase of a ticket: the SKU it names, or why it names none (`status`, `reason`)."""

    asked: str
    status: str  # ok | unsupported | missing | ambiguous | catalogue | unavailable
    sku: LicenceSku | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def resolve_licence(*, name: str, catalogue: LicenceCatalogue, need_seat: bool = True,
                    held: Collection[str] | Callable[[], Collection[str] | None] = ()) -> LicenceResolution:
    """The tenant's SKU that `name` means. `need_seat`: the action takes a seat, so one must be free unless the
    user already holds the SKU (`held`: part numbers or SKU ids the user has, or a read of them made only when a
    SKU has no free seat)."""
    asked = name.strip()
    if not catalogue.supported:
        vendor = getattr(catalogue.idp, "vendor", "") or "no identity provider"
        return LicenceResolution(asked, "unsupported", reason=(
            f"This tenant's identity provider ({vendor}) has no licences Rallied can assign."))
    if not asked:
        return LicenceResolution(asked, "missing", reason="The ticket does not say which licence.")
    skus = catalogue.skus()
    if skus is None:
        return LicenceResolution(asked, "unavailable",
                                 reason=f"The tenant's licences could not be read: {catalogue.error}")
    found = match_licence(asked, skus).found
    if not found:
        return LicenceResolution(asked, "catalogue", reason=f"'{asked}' is not a licence of this tenant. "
                                 f"Its licences: {catalogue_names(skus)}.")
    if len(found) > 1:
        listed = " or ".join(s.label for s in found)
        return LicenceResolution(asked, "ambiguous",
                                 reason=f"'{asked}' could be {listed}; a technician must say which.")
    sku = found[0]
    if need_seat and sku.free <= 0 and not ({sku.sku, sku.sku_id} & set((held() if callable(held) else held) or ())):
        return LicenceResolution(asked, "catalogue", sku,
                                 reason=f"No free seat of {sku.name} ({sku.sku}): {sku.seats}.")
    return LicenceResolution(asked, "ok", sku)


@dataclass
class LicenceParams:
    """An action's parameters with every licence replaced by its part number, or the problems found."""

    params: dict[str, Any]
    resolutions: list[LicenceResolution] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return [r.reason for r in self.resolutions if not r.ok]

    @property
    def status(self) -> str:
        """The first non-ok status ('ok' when every licence resolved): the intent's reason class for the planner."""
        return next((r.status for r in self.resolutions if not r.ok), "ok")

    @property
    def notes(self) -> list[str]:
        """"'E3' is Microsoft 365 E3 (SPE_E3), 23 of 25 in use." for the timeline: what the name was taken to mean."""
        return [f"'{r.asked}' is {r.sku.label} in the tenant's licences ({r.sku.seats})." for r in self.resolutions
                if r.ok and r.sku is not None and r.asked != r.sku.sku]


def resolve_licence_params(*, kind: str, params: dict[str, Any], catalogue: LicenceCatalogue,
                           held: Collection[str] | None = None, target: str = "") -> LicenceParams:
    """Resolve the licence parameters of an assign, remove or swap (reads only); other kinds pass unchanged.

    A kind the identity connector does not support is `unsupported` whatever the name; the removed licence of a
    swap or a removal must exist in the catalogue but takes no seat. `held` (SKU ids or part numbers the target
    holds) or else `target` (looked up only for a swap, or when a SKU has no free seat) says what the user holds:
    a licence they hold takes no new seat, and a swap must replace one they hold.
    """
    out = LicenceParams(params=dict(params))
    if kind not in LICENCE_KINDS:
        return out
    if catalogue.idp is not None and kind not in catalogue.idp.supports:
        out.resolutions.append(LicenceResolution(
            str(params.get("license") or ""), "unsupported",
            reason=f"The {catalogue.idp.vendor} connector cannot {kind.replace('_', ' ')}."))
        return out
    holdings = (lambda: set(held)) if held is not None else held_by(catalogue, target)
    if kind == "swap_license" and not str(params.get("license") or "").strip() and params.get("new_license"):
        # "Upgrade Adele to E3", "move her to Business Premium": a swap from whatever plan of that line she holds.
        replaced = _held_to_replace(str(params["new_license"]), catalogue, holdings(),
                                    target or str(params.get("target") or "the user"))
        if not replaced.ok or replaced.sku is None:
            out.resolutions.append(replaced)
            return out
        out.params["license"] = replaced.sku.sku
    for key, takes_seat in _LICENCE_PARAMS[kind]:
        resolution = resolve_licence(name=str(out.params.get(key) or ""), catalogue=catalogue, need_seat=takes_seat,
                                     held=holdings)
        out.resolutions.append(resolution)
        if resolution.ok and resolution.sku is not None:
            out.params[key] = resolution.sku.sku
    if kind == "swap_license" and out.status == "ok":
        _check_swap(out, catalogue, holdings(), target or str(params.get("target") or "the user"))
    return out


def _check_swap(out: LicenceParams, catalogue: LicenceCatalogue, holdings: set[str] | None, who: str) -> None:
    """A swap replaces a licence the user holds. Into itself, or from one they hold nothing of (and without the new
    one either, which a swap already done would have left), the ticket's premise is wrong: a technician decides."""
    old, new = (r.sku for r in out.resolutions)
    if old is None or new is None:
        return
    if old.sku == new.sku:
        out.resolutions.append(LicenceResolution(new.sku, "ambiguous", reason=(
            f"The swap replaces {old.label} with itself; a technician must say which licence is meant.")))
    elif holdings is not None and not ({old.sku, old.sku_id, new.sku, new.sku_id} & holdings):
        names = {s.sku: s.label for s in catalogue.skus() or []} | {s.sku_id: s.label for s in catalogue.skus() or []}
        has = ", ".join(sorted(names.get(h, h) for h in holdings)) or "no licence"
        out.resolutions.append(LicenceResolution(old.sku, "ambiguous", reason=(
            f"{who} does not hold {old.label} to swap for {new.label} (they hold: {has}); a technician must say "
            "which licence to replace.")))


# Plans a person holds one of at a time (the suites): moving to one of them replaces whichever of them they hold.
_SUITES = frozenset({"e1", "e3", "e5", "f1", "f3", "a1", "a3", "a5", "business basic", "business standard",
                     "business premium", "apps for business", "apps for enterprise"})


def _line(sku: LicenceSku) -> str:
    """Which licences replace each other: a suite by any suite, an add-on by its own product ("Visio Plan 1" by
    "Visio Plan 2"); a SKU the names table does not know is a line of its own."""
    if set(sku.family) & _SUITES:
        return "suite"
    return sku.family[0] if sku.family else sku.sku


def _held_to_replace(new_name: str, catalogue: LicenceCatalogue, holdings: set[str] | None,
                     who: str) -> LicenceResolution:
    """The licence an upgrade without "from" replaces: the one of the new licence's line the user holds, or why
    there is none to pick (a technician is told what they hold). Never a guess between two."""
    new = resolve_licence(name=new_name, catalogue=catalogue, need_seat=False)
    if not new.ok or new.sku is None:
        return new
    if holdings is None:
        return LicenceResolution("", "ambiguous", reason=(
            f"The ticket does not say which licence {new.sku.label} replaces, and {who}'s licences could not be "
            "read; a technician must say which."))
    skus = catalogue.skus() or []
    held = [s for s in skus if {s.sku, s.sku_id} & holdings]
    if any(s.sku == new.sku.sku for s in held):
        return LicenceResolution("", "ambiguous", reason=f"{who} already holds {new.sku.label}.")
    same_line = [s for s in held if _line(s) == _line(new.sku)]
    if len(same_line) == 1:
        return LicenceResolution(same_line[0].sku, "ok", same_line[0])
    has = ", ".join(sorted(s.label for s in held)) or "no licence"
    what = "several licences it could replace" if same_line else "no licence it would replace"
    return LicenceResolution("", "ambiguous", reason=(
        f"The ticket does not say which licence {new.sku.label} replaces, and {who} holds {what} (they hold: "
        f"{has}); a technician must say whether to swap or assign."))
