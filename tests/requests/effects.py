"""What a request changed at the vendor, read from the sandbox's own state, never from Rallied's records.

`snapshot(sandbox, slug)` flattens the tenant's identity state into entities ("user", address), ("group", name),
("mailbox", address), ("sku", sku), ("risk", address), each with the fields a request can change. `changed()` diffs
two snapshots. `happened(want, before, after)` says whether one expected intent's change is visible for the right
person and object; `entities(want)` names everything that intent may touch, so a suite can check that nothing else
changed. Fields that move without anyone asking (etags, sign-in clocks, verification pushes) are left out.
"""

from __future__ import annotations

from typing import Any

from tests.requests.spec import Want

VOLATILE = {"etag", "lastLoginTime", "lastUpdated", "lastLogin", "creationTime"}
# The Exchange mailbox lists that hold each right (the sandbox names a list per right; SendOnBehalf may be missing
# on an older sandbox, which then simply never shows the change).
RIGHT_LISTS = {"FullAccess": "full_access", "SendAs": "send_as", "SendOnBehalf": "send_on_behalf"}
IDP_OF = {"contoso": "entra", "northwind": "okta", "fabrikam": "google"}
Snapshot = dict[tuple[str, str], Any]


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k not in VOLATILE}
    return value


def _entra(state: dict[str, Any], slug: str) -> Snapshot:
    graph = state["graph"][slug]
    snap: Snapshot = {("user", upn.casefold()): _clean(u) for upn, u in graph["users"].items()}
    snap.update({("group", name.casefold()): sorted(m.casefold() for m in members)
                 for name, members in graph["groups"].items()})
    snap.update({("sku", sku.casefold()): dict(s) for sku, s in graph["skus"].items()})
    snap.update({("risk", upn.casefold()): dict(r) for upn, r in graph.get("risky", {}).items()})
    for address, box in (state.get("exchange", {}).get(slug) or {}).items():
        snap[("mailbox", address.casefold())] = _clean(box)
    return snap


def _okta(state: dict[str, Any], slug: str) -> Snapshot:
    org = state["okta"][slug]
    snap: Snapshot = {("user", login.casefold()): _clean(u) for login, u in org["users"].items()}
    # A change Okta keeps only as an event (sessions revoked) counts for its user; a verification push is no change.
    for event in org.get("events", []):
        if not str(event.get("event", "")).startswith("push_"):
            key = ("user", str(event["user"]).casefold())
            snap[key] = {**snap.get(key, {}), "_events": [*snap.get(key, {}).get("_events", []), event["event"]]}
    return snap


def _google(state: dict[str, Any], slug: str) -> Snapshot:
    google = state["google"]
    snap: Snapshot = {("user", email.casefold()): _clean(u) for email, u in google["users"].items()
                      if u.get("tenant") == slug}
    snap.update({("group", email.casefold()): sorted(k.casefold() for k in g["members"])
                 for email, g in google["groups"].items()})
    return snap


def snapshot(sandbox: Any, slug: str) -> Snapshot:
    state = sandbox.sandbox.state()
    return {"entra": _entra, "okta": _okta, "google": _google}[IDP_OF[slug]](state, slug)


def changed(before: Snapshot, after: Snapshot) -> set[tuple[str, str]]:
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


# -- one intent's change ------------------------------------------------------------------------------------------
def _members(snap: Snapshot, slug: str, group: str, who: str) -> bool:
    """Is `who` in `group` in this snapshot: Graph/Google group lists, an Okta user's groups, or an Exchange DL."""
    who, group = who.casefold(), group.casefold()
    if IDP_OF[slug] == "okta":
        return group in [g.casefold() for g in (snap.get(("user", who)) or {}).get("groups", [])]
    if who in (snap.get(("group", group)) or []):
        return True
    for (kind, _), box in snap.items():  # a distribution list kept as an Exchange object
        if kind == "mailbox" and group in {str(box.get("display_name", "")).casefold(),
                                           str(box.get("address", "")).casefold()}:
            return who in [m.casefold() for m in box.get("members", [])]
    return False


def _has_right(snap: Snapshot, mailbox: str, right: str, who: str) -> bool:
    box = snap.get(("mailbox", mailbox.casefold())) or {}
    return who.casefold() in [m.casefold() for m in box.get(RIGHT_LISTS[right], [])]


def _licences(snap: Snapshot, who: str) -> set[str]:
    ids = {lic["skuId"] for lic in (snap.get(("user", who.casefold())) or {}).get("assignedLicenses", [])}
    return {sku for (kind, sku), s in snap.items() if kind == "sku" and s.get("skuId") in ids}


def _user_field_moved(before: Snapshot, after: Snapshot, who: str, *fields: str) -> bool:
    old, new = before.get(("user", who.casefold())) or {}, after.get(("user", who.casefold())) or {}
    return any(old.get(f) != new.get(f) for f in fields)


def _okta_event(before: Snapshot, after: Snapshot, who: str, *names: str) -> bool:
    old = (before.get(("user", who.casefold())) or {}).get("_events", [])
    new = (after.get(("user", who.casefold())) or {}).get("_events", [])
    return any(name in e for e in new[len(old):] for name in names)


def _identity_change(want: Want, slug: str, before: Snapshot, after: Snapshot) -> bool:
    who, vendor = want.target, IDP_OF[slug]
    if want.kind == "reset_password":
        if vendor == "okta":
            return _okta_event(before, after, who, "password") or _user_field_moved(
                before, after, who, "passwordChanged", "status")
        return _user_field_moved(before, after, who, "password", "lastPasswordChangeDateTime", "passwordChangedAt",
                                 "passwordSha256", "changePasswordAtNextLogin")
    if want.kind == "unlock_account":
        if vendor == "okta":
            return (before.get(("user", who)) or {}).get("status") == "LOCKED_OUT" != (
                after.get(("user", who)) or {}).get("status")
        return before.get(("risk", who)) != after.get(("risk", who)) or _user_field_moved(
            before, after, who, "accountEnabled")
    if want.kind == "revoke_sessions":
        if vendor == "okta":
            return _okta_event(before, after, who, "sessions_revoked")
        return _user_field_moved(before, after, who, "signInSessionsValidFromDateTime", "signedOutAt")
    if want.kind == "reset_mfa":
        if vendor == "okta":
            return _user_field_moved(before, after, who, "factors")
        return _user_field_moved(before, after, who, "methods", "isEnrolledIn2Sv")
    raise AssertionError(f"no identity check for {want.kind}")


def happened(want: Want, slug: str, before: Snapshot, after: Snapshot) -> bool:
    """The vendor shows this intent's change, for its target and object (every right asked for)."""
    kind, who = want.kind, want.target
    if kind == "add_to_group":
        return not _members(before, slug, want.object, who) and _members(after, slug, want.object, who)
    if kind == "remove_from_group":
        return _members(before, slug, want.object, who) and not _members(after, slug, want.object, who)
    if kind in ("grant_mailbox_access", "revoke_mailbox_access"):
        granted = kind == "grant_mailbox_access"
        return all(_has_right(before, want.object, r, who) != granted and _has_right(after, want.object, r, who)
                   == granted for r in want.rights)
    sku, new_sku = want.object.casefold(), want.new_object.casefold()  # snapshot keys are casefolded
    if kind == "assign_license":
        return sku in _licences(after, who) - _licences(before, who)
    if kind == "remove_license":
        return sku in _licences(before, who) - _licences(after, who)
    if kind == "swap_license":
        return (sku in _licences(before, who) - _licences(after, who)
                and new_sku in _licences(after, who) - _licences(before, who))
    return _identity_change(want, slug, before, after)


def entities(want: Want, slug: str) -> set[tuple[str, str]]:
    """Everything this intent may change when it is done (its user, and its group, mailbox or licence counts)."""
    who = want.target.casefold()
    touched = {("user", who)}
    if want.kind in ("add_to_group", "remove_from_group"):
        touched |= {("group", want.object.casefold()), ("mailbox", want.object.casefold())}
        if IDP_OF[slug] == "google":
            touched.discard(("user", who))
    elif want.kind in ("grant_mailbox_access", "revoke_mailbox_access"):
        touched = {("mailbox", want.object.casefold())}
    elif want.kind in ("assign_license", "remove_license", "swap_license"):
        touched |= {("sku", want.object.casefold()), ("sku", want.new_object.casefold())}
    elif want.kind == "unlock_account":
        touched.add(("risk", who))
    return touched


# -- the state a row starts from ----------------------------------------------------------------------------------
def give(sandbox: Any, slug: str, given: tuple[tuple[str, ...], ...]) -> None:
    """Put a row's starting facts into the sandbox (a right someone already holds, to be removed)."""
    for fact in given:
        if fact[0] == "right":
            _, mailbox, right, who = fact
            exchange = sandbox.sandbox.vendor("exchange")
            boxes = next(b for tid, b in exchange.mailboxes.items() if exchange.slugs[tid] == slug)
            boxes[mailbox.casefold()].setdefault(RIGHT_LISTS[right], []).append(who.casefold())
        elif fact[0] == "licence":  # a seat someone holds (two E3 holders leave none free)
            _, who, sku = fact
            tenant = sandbox.sandbox.vendor("graph").tenant_by_slug(slug)
            user = next(u for u in tenant.users.values() if u["userPrincipalName"].casefold() == who.casefold())
            sku_id = next(sid for sid, s in tenant.skus.items() if s["skuPartNumber"] == sku)
            user["assignedLicenses"].append({"disabledPlans": [], "skuId": sku_id})
        elif fact[0] != "scope_without":  # a database fact, set by the harness

            raise AssertionError(f"unknown starting fact {fact}")
