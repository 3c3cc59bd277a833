"""A swap whose outcome is unknown (the worker died after the call began) is settled from the user's licences:
done when the user holds the new licence and not the old one, never by guessing (playbooks/reconciler.py)."""

from __future__ import annotations

from playbooks.models import Action
from playbooks.reconciler import goal_reached
from tests.targets.helpers import idp

LYNNE = "lynne.robbins@contoso.example"


def test_goal_reached_reads_both_licences_of_the_swap(sandbox):
    entra = idp(sandbox, "contoso")
    action = Action(kind="swap_license", target=LYNNE,
                    params={"target": LYNNE, "license": "VISIOCLIENT", "new_license": "SPE_E3"})
    assert goal_reached(entra, entra.get_user(LYNNE), action) is False  # still Visio: the swap did not land
    entra.allowed_kinds = frozenset({"assign_license"})
    entra.assign_license(entra.get_user(LYNNE), "SPE_E3")
    assert goal_reached(entra, entra.get_user(LYNNE), action) is False  # both held: not what a swap leaves
    entra.allowed_kinds = frozenset({"swap_license"})
    entra.swap_license(entra.get_user(LYNNE), "VISIOCLIENT", "SPE_E3")
    assert goal_reached(entra, entra.get_user(LYNNE), action) is True
