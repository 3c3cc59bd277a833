"""Identity proof for secret-returning actions (password reset, MFA reset / TAP) when the out-of-band proof is missing.

The help-desk MGM move: "I lost my phone, reset my MFA". No push can prove anything (approvals/verification/proof.py
sends the manager a signed link instead), so while that proof is pending a technician's approval must say how
they verified the person themself (approvals.choices.IdentityCheck), and the secret the action returns is not
delivered to the channel of the person who asked unless the manager confirmed: a technician hands it over
(workflow/delivery.recipient asks `secret_needs_handover`).
"""

from __future__ import annotations

from typing import Any

from approvals.choices import ConfirmationStatus, IdentityCheck, ReviewDecision
from approvals.models import Review
from approvals.verification.signals import says_device_lost
from rallied.kinds import get_kind

CHECKS_BY_TECHNICIAN = (IdentityCheck.CALLBACK, IdentityCheck.IN_PERSON)


def lost_factor(ticket: Any) -> bool:
    """The ticket says the phone or authenticator is lost, new or broken (so a push to it proves nothing)."""
    return says_device_lost(ticket.subject, ticket.body)


def manager_confirmed(ticket: Any) -> bool:
    return ticket.manager_confirmations.filter(status=ConfirmationStatus.CONFIRMED).exists()


def identity_proof_missing(action: Any) -> str:
    """Why an approval of `action` must record how the technician verified the person; '' when it need not.

    Only for kinds that hand out a secret: while the manager's confirmation is pending, or the ticket says the
    factor is lost and nothing proved the person yet. Reads the ticket's stored verification (no queries).
    """
    if not get_kind(action.kind).returns_secret:
        return ""
    ticket = action.ticket
    verification = ticket.verification or {}
    proof = verification.get("proof")
    if proof == "pending":
        manager = verification.get("manager_name") or verification.get("manager_email") or "the manager"
        return f"the confirmation by {manager} is still pending"
    if proof != "proved" and lost_factor(ticket):
        return "the requester says their phone or authenticator is lost, and nothing has proved who they are"
    return ""


def refusal_without_check(missing: str, chat: bool) -> str:
    where = (" A chat button cannot record that choice: approve it in the web queue (/queue/), or through the API "
             "with identity_check.") if chat else ""
    return (f"Identity proof missing: {missing}. Say how you verified the person: a callback to the phone number "
            f"in the directory, in person, or wait for the manager's link.{where}")


def handover_reviewer(ticket: Any) -> Any:
    """The technician who verified the person themself (callback or in person) on this ticket, if one did."""
    review = (Review.objects.select_related("reviewer")
              .filter(request__action__ticket=ticket, identity_check__in=CHECKS_BY_TECHNICIAN)
              .exclude(decision=ReviewDecision.REJECT).order_by("at", "pk").first())
    return review.reviewer if review is not None else None


def secret_needs_handover(ticket: Any, *, confirmed: bool | None = None, may_have_reviews: bool = True) -> bool:
    """No secret of this ticket goes to the requester's channel: nothing proved the person out of band (no
    manager confirmation) and either they said their factor is lost or a technician verified them by hand.

    `confirmed`: whether a manager confirmed, from the ticket's confirmed rows the caller read already (else read).
    `may_have_reviews`: False from a caller holding every action of the ticket with its approval request, none
    having one: no review of this ticket exists to name a technician, so none is read (issue 17)."""
    if manager_confirmed(ticket) if confirmed is None else confirmed:
        return False
    return lost_factor(ticket) or (may_have_reviews and handover_reviewer(ticket) is not None)
