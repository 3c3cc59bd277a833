"""Every target, group and mailbox of an action, resolved to its directory object before the floor looks at it.

The floor (approvals/policy.py rule 3) compares strings: the protected list, the admin-group names. A vendor is
more generous than a string compare: Exchange takes a mailbox's display name, Google any alias of a user or
group, and a trailing dot, a zero-width space or a Cyrillic letter in a name is one copy-paste away from the
object it imitates. So before deciding, each identifier is normalised (rallied/identifiers.py) and looked up in
the tenant's identity provider (reads only); the action then carries the object's canonical address or name,
which is all a connector is ever handed, and the floor is checked against every spelling of the object.

Refused (a `problem`, which rule 2 turns into a forbidden decision with the reason; a licence's problem is refused
for its action alone, rule 2a):
- a group or mailbox the directory does not know, or that two objects answer to;
- an identifier whose look-alike skeleton is a protected object's but which does not resolve to that object
  ("Ехеcutives" with Cyrillic letters, "lynne.robbins@contoso.example" spelt with a Greek omicron);
- an identifier carrying what only a disguise needs (format characters, mixed scripts) that resolves to nothing;
- a forwarding address inside the tenant's domains that is no mailbox of its Exchange, that is the leaver's own, or
  whose domain imitates a verified one; an address outside the domains is kept as `forward_external`, which the
  floor refuses unless the tenant's policy allows external forwarding (approvals/policy.py);
- a group role above MEMBER asked of an identity provider that has no group roles;
- a licence the tenant's catalogue does not have, that fits several of its SKUs, or that has no free seat
  (tenants/licences.py): the action then carries the SKU's part number, never the words of the ticket.
An unknown user is left to rule 2 ("not a user of this tenant's directory").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from approvals.verification.signals import domain_of, lookalike_of
from rallied.connectors import ConnectorError, DirectoryObject, DirectoryUser, IdentityConnector
from rallied.identifiers import disguised, normalise, skeleton
from tenants.licences import LICENCE_KINDS, LicenceCatalogue, resolve_licence_params
from tenants.models import Tenant
from tenants.selectors import protected_identities

GROUP_KINDS = frozenset({"add_to_group", "remove_from_group"})
MAILBOX_KINDS = frozenset({"grant_mailbox_access", "revoke_mailbox_access"})
NEW_ACCOUNT_KINDS = frozenset({"create_user"})  # the target does not exist yet: nothing to resolve
FORWARDING_KINDS = frozenset({"set_mail_forwarding"})


@dataclass
class Resolution:
    """What the directory says an action's identifiers are: canonical values, every spelling, or the problem."""

    target: str
    params: dict[str, Any]
    problems: list[str] = field(default_factory=list)
    # Why a licence of the action cannot be given (tenants/licences.py): refused for this action only, unlike
    # `problems`, which say the identifiers themselves are wrong or suspect.
    licence_problems: list[str] = field(default_factory=list)
    group_spellings: tuple[str, ...] = ()  # name, address and aliases of the resolved group
    group_privileged: bool = False  # the directory says the group can carry admin roles (role-assignable)
    mailbox_spellings: tuple[str, ...] = ()  # address, aliases and display name of the resolved mailbox
    notes: list[str] = field(default_factory=list)  # "'Lynne Robbins' is the mailbox lynne.robbins@…", for the timeline
    forward_external: str = ""  # a forwarding address outside the tenant's verified domains (the floor decides)

    @property
    def problem(self) -> str:
        return " ".join(self.problems)

    @property
    def licence_problem(self) -> str:
        return " ".join(self.licence_problems)


def _protected(tenant: Tenant) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {"user": [], "group": [], "mailbox": []}
    # The same read as the floor's protected_reason, once per task (tenants/selectors.protected_identities).
    for kind, identity, _reason in protected_identities(tenant.pk if tenant is not None else None):
        rows.setdefault(kind, []).append(normalise(identity))
    return rows


def _imitated(spellings: tuple[str, ...], protected: list[str]) -> str:
    """The protected identity these spellings look like without being it ('' when none)."""
    own = {normalise(s) for s in spellings if s}
    looks = {skeleton(s) for s in own}
    for identity in protected:
        if identity not in own and skeleton(identity) in looks:
            return identity
    return ""


def _spellings(obj: DirectoryObject) -> tuple[str, ...]:
    return tuple(normalise(s) for s in (obj.key, obj.name, obj.address, *obj.aliases) if s)


def _resolve_target(tenant: Tenant, kind: str, raw: str, idp: IdentityConnector, protected: dict[str, list[str]],
                    out: Resolution) -> DirectoryUser | None:
    wanted = normalise(raw)
    out.target = wanted
    found = None
    if kind not in NEW_ACCOUNT_KINDS and wanted and tenant.owns_domain(wanted):
        try:
            found = idp.get_user(wanted)
        except ConnectorError as exc:
            out.problems.append(f"Looking up '{raw}' in the directory failed: {exc.message}")
            return None
    if found is not None:
        out.target = (found.upn or found.mail).lower()
        if out.target != raw.lower():
            out.notes.append(f"'{raw}' is the account {out.target} in the directory.")
    spellings = (out.target, *((found.mail.lower(),) if found is not None and found.mail else ()))
    imitated = _imitated(spellings, protected["user"] + protected["mailbox"])
    if imitated:
        out.problems.append(f"'{raw}' looks like the protected identity {imitated} but is not it: "
                            "a technician must confirm which account is meant.")
    elif found is None and disguised(raw):
        out.problems.append(f"'{raw}' is written with invisible or mixed-script characters and matches no account "
                            "in the directory: possible impersonation.")
    return found


def _resolve_object(what: str, raw: str, finder: Any, protected: list[str], out: Resolution) -> DirectoryObject | None:
    wanted = normalise(raw)
    try:
        found = finder(wanted) if wanted else []
    except ConnectorError as exc:
        out.problems.append(f"Looking up the {what} '{raw}' in the directory failed: {exc.message}")
        return None
    if len(found) == 1:
        obj = found[0]
        imitated = _imitated(_spellings(obj), protected)
        if imitated:
            out.problems.append(f"The {what} '{raw}' ({obj.key}) looks like the protected {what} {imitated} but is "
                                "not it: a technician must confirm which is meant.")
            return None
        if obj.key != raw:
            out.notes.append(f"The {what} '{raw}' is {obj.key} in the directory.")
        return obj
    imitated = _imitated((wanted,), protected)
    if imitated:
        out.problems.append(f"The {what} '{raw}' looks like the protected {what} {imitated} but is not it.")
    elif not found:
        out.problems.append(f"No {what} '{raw}' in the tenant's directory; a technician must say which is meant.")
    else:
        listed = ", ".join(sorted(o.key for o in found)[:5])
        out.problems.append(f"{len(found)} {what}s answer to '{raw}' ({listed}); a technician must say which.")
    return None


def _held_licences(user: DirectoryUser | None) -> set[str]:
    """SKU ids the user holds, as the directory read reports them (Entra: assignedLicenses)."""
    rows = (user.raw.get("assignedLicenses") if user is not None else None) or []
    return {str(row.get("skuId")) for row in rows if isinstance(row, dict)}


def _resolve_licences(kind: str, user: DirectoryUser | None, catalogue: LicenceCatalogue, out: Resolution) -> None:
    held = _held_licences(user) if user is not None else None  # unknown: no check leans on what they hold
    resolved = resolve_licence_params(kind=kind, params=out.params, catalogue=catalogue, held=held, target=out.target)
    out.params = resolved.params
    out.licence_problems.extend(resolved.problems)
    out.notes.extend(resolved.notes)


def _resolve_forwarding(tenant: Tenant, raw: str, idp: IdentityConnector, out: Resolution) -> None:
    """Where a leaver's mail would go: a mailbox of this tenant's Exchange, named by its canonical address, or an
    address outside the tenant kept for the floor. Never the leaver themself (a loop), never a look-alike domain."""
    wanted = normalise(raw)
    if "@" not in wanted:
        out.problems.append(f"'{raw}' is not an e-mail address to forward mail to.")
        return
    if wanted == out.target:
        out.problems.append(f"Forwarding {out.target}'s mail to itself would loop; a technician must say where to.")
        return
    if not tenant.owns_domain(wanted):
        imitated = lookalike_of(domain_of(wanted), tenant.domains)
        if imitated:
            out.problems.append(f"The forwarding address {raw} imitates the verified domain {imitated} (look-alike "
                                "domain): possible exfiltration.")
        else:
            out.forward_external = wanted
        return
    if "set_mail_forwarding" not in idp.supports:
        return  # the capability rule refuses the kind itself
    obj = _resolve_object("mailbox", wanted, idp.find_mailboxes, [], out)
    if obj is not None:
        out.params["forward_to"] = obj.address or obj.key


def resolve_action(*, tenant: Tenant, kind: str, target: str, params: dict[str, Any],
                   idp: IdentityConnector | None, licences: LicenceCatalogue | None = None) -> Resolution:
    """Resolve one action's target, group, mailbox and licences in the tenant's directory (reads only).

    `licences`: the tenant's catalogue, read once for all actions of one ticket (a new one is read otherwise).
    """
    out = Resolution(target=target, params=dict(params))
    if idp is None:  # no directory to ask: the verification reports it and rule 2 refuses
        return out
    protected = _protected(tenant)
    user = _resolve_target(tenant, kind, target, idp, protected, out)
    if "target" in out.params:
        out.params["target"] = out.target
    group = str(params.get("group") or "")
    if kind in GROUP_KINDS and group:
        obj = _resolve_object("group", group, idp.find_groups, protected["group"], out)
        if obj is not None:
            out.params["group"], out.group_spellings = obj.key, _spellings(obj)
            out.group_privileged = obj.privileged
    mailbox = str(params.get("mailbox") or "")
    if kind in MAILBOX_KINDS and mailbox and "grant_mailbox_access" in idp.supports:
        obj = _resolve_object("mailbox", mailbox, idp.find_mailboxes, protected["mailbox"] + protected["user"], out)
        if obj is not None:
            out.params["mailbox"], out.mailbox_spellings = obj.key, _spellings(obj)
    if kind in FORWARDING_KINDS and params.get("forward_to"):
        _resolve_forwarding(tenant, str(params["forward_to"]), idp, out)
    role = str(params.get("role") or "").upper()
    if kind == "add_to_group" and role and role not in idp.group_roles:
        out.problems.append(f"The {idp.vendor} directory has no group roles: '{role}' cannot be given in {group}.")
    if kind in LICENCE_KINDS:
        _resolve_licences(kind, user, licences if licences is not None else LicenceCatalogue(idp), out)
    return out
