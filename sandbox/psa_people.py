"""People acting in the sandbox PSAs: a technician assigns a ticket, moves its status, writes a note, closes or
reopens it; a requester replies by e-mail. Each changes the vendor's state the way its own UI or e-mail
processing would, authored by that person (never by the API identity Rallied uses), so Rallied can only tell
what happened by reading the ticket back. Called under the vendor's lock by its `control` method
(sandbox/psa_control.py); returns the changed ticket, or an error Response.

Technicians per vendor: ConnectWise members, Autotask resources, Halo agents (`TECHNICIANS` in each
function's vendor terms); the first one acts when the control request names nobody.
"""

from __future__ import annotations

from typing import Any

from sandbox.core import Response

CW_MEMBERS = {"jsmith": "Jane Smith", "akumar": "Alex Kumar"}
AT_RESOURCES = {29682901: "Jane Smith", 29682902: "Alex Kumar"}
AT_ROLE = 29683461  # Autotask wants a role with every resource assignment
AT_IN_PROGRESS = 8
HALO_AGENTS = {2: "Jane Smith", 3: "Alex Kumar"}
HALO_IN_PROGRESS = 2


def _bad(message: str) -> Response:
    return Response(400, {"error": message})


# -- ConnectWise --------------------------------------------------------------------------------------------
def connectwise_act(vendor: Any, ticket_id: int, act: str, *, who: Any, text: str, internal: bool, status: Any,
                    subject: str, sender: str) -> dict[str, Any] | Response:
    from sandbox.vendors import connectwise as cw

    ticket = vendor.tickets.get(ticket_id)
    if ticket is None:
        return Response(404, {"error": f"no ticket {ticket_id}"})
    member = str(who or next(iter(CW_MEMBERS)))
    if act != "reply" and member not in CW_MEMBERS:
        return _bad(f"unknown member {member!r}")
    info = {"lastUpdated": cw.now_iso(), "updatedBy": member}
    if act == "assign":
        ticket["owner"] = {"identifier": member, "name": CW_MEMBERS[member]}
    elif act in ("status", "close", "reopen"):
        wanted = {"close": cw.CLOSED_STATUS, "reopen": "New"}.get(act, str(status or "In Progress"))
        found = next((s for s in cw.STATUSES if s["name"].lower() == wanted.lower()), None)
        if found is None:
            return _bad(f"unknown status {wanted!r}")
        ticket["status"] = {"id": found["id"], "name": found["name"]}
        ticket["closedFlag"] = found["closedStatus"]
        if found["closedStatus"]:
            ticket["closedDate"], ticket["closedBy"] = cw.now_iso(), member
    else:
        note = _cw_note(vendor, ticket, act, member=member, text=text, internal=internal, sender=sender)
        if isinstance(note, Response):
            return note
        vendor.notes[ticket_id].append(note)
        if act == "reply":
            info["updatedBy"] = note["createdBy"]
    ticket["_info"] = info
    return ticket


def _cw_note(vendor: Any, ticket: dict[str, Any], act: str, *, member: str, text: str, internal: bool,
             sender: str) -> dict[str, Any] | Response:
    from sandbox.vendors import connectwise as cw

    note: dict[str, Any] = {"id": vendor.next_note, "ticketId": ticket["id"], "text": text, "dateCreated": cw.now_iso(),
                            "resolutionFlag": False, "processNotifications": False}
    if act == "reply":  # the e-mail connector files a contact's mail as a detail-description note from that contact
        contact = (vendor._contact(ticket["company"], sender, "") if sender else
                   vendor.contacts.get((ticket.get("contact") or {}).get("id")))
        if contact is None:
            return _bad("the ticket has no contact to reply as")
        name = f"{contact['firstName']} {contact['lastName']}".strip()
        note.update(detailDescriptionFlag=True, internalAnalysisFlag=False, customerUpdatedFlag=True,
                    contact={"id": contact["id"], "name": name}, createdBy=contact["email"])
    else:
        note.update(detailDescriptionFlag=not internal, internalAnalysisFlag=internal, customerUpdatedFlag=False,
                    member={"identifier": member, "name": CW_MEMBERS[member]}, createdBy=member)
    note["internalFlag"] = note["internalAnalysisFlag"]
    note["externalFlag"] = note["detailDescriptionFlag"] and not note["internalAnalysisFlag"]
    vendor.next_note += 1
    return note


# -- Autotask -----------------------------------------------------------------------------------------------
def autotask_act(db: dict[str, Any], ticket_id: int, act: str, *, who: Any, text: str, internal: bool, status: Any,
                 subject: str, sender: str) -> tuple[dict[str, Any], dict[str, Any] | None] | Response:
    """(the ticket, the note when one was written: its TicketNote webhook is sent instead of the ticket's)."""
    from sandbox.vendors import autotask as at

    ticket = db["tickets"].get(ticket_id)
    if ticket is None:
        return Response(404, {"error": f"no ticket {ticket_id}"})
    try:
        resource = int(who or next(iter(AT_RESOURCES)))
    except (TypeError, ValueError):
        return _bad(f"unknown resource {who!r}")
    if act != "reply" and resource not in AT_RESOURCES:
        return _bad(f"unknown resource {who!r}")
    now = at.now_iso()
    note = None
    if act == "assign":
        ticket.update(assignedResourceID=resource, assignedResourceRoleID=AT_ROLE)
    elif act in ("status", "close", "reopen"):
        try:
            wanted = {"close": at.STATUS_COMPLETE, "reopen": at.STATUS_NEW}.get(act) or int(status or AT_IN_PROGRESS)
        except (TypeError, ValueError):
            return _bad(f"unknown status {status!r}")
        ticket["status"] = wanted
        ticket["completedDate"] = now if wanted == at.STATUS_COMPLETE else None
    else:
        db["next_id"] += 1
        note = {"id": db["next_id"], "ticketID": ticket_id, "createDateTime": now, "lastActivityDate": now,
                "title": subject or ("Customer reply" if act == "reply" else "Technician note"), "description": text,
                "noteType": 1, "publish": 2 if act == "note" and internal else 1,
                "creatorResourceID": None, "createdByContactID": None}
        if act == "reply":  # incoming e-mail processing files it as a note created by the sender's contact
            contact = (at_contact(db, ticket["companyID"], sender) if sender else
                       db["contacts"].get(ticket.get("contactID")))
            if contact is None:
                return _bad("the ticket has no contact to reply as")
            note["createdByContactID"] = contact["id"]
        else:
            note["creatorResourceID"] = resource
        db["notes"][note["id"]] = note
    ticket["lastActivityDate"] = now
    return ticket, note


def at_contact(db: dict[str, Any], company: int, email: str) -> dict[str, Any] | None:
    return next((c for c in db["contacts"].values()
                 if c["companyID"] == company and str(c["emailAddress"]).lower() == email.lower()), None)


# -- HaloPSA ------------------------------------------------------------------------------------------------
def halopsa_act(vendor: Any, ticket_id: int, act: str, *, who: Any, text: str, internal: bool, status: Any,
                subject: str, sender: str) -> dict[str, Any] | Response:
    from sandbox.vendors import halopsa as halo

    ticket = vendor.tickets.get(ticket_id)
    if ticket is None:
        return Response(404, {"error": f"no ticket {ticket_id}"})
    try:
        agent = int(who or next(iter(HALO_AGENTS)))
    except (TypeError, ValueError):
        return _bad(f"unknown agent {who!r}")
    if act != "reply" and agent not in HALO_AGENTS:
        return _bad(f"unknown agent {who!r}")
    if act == "assign":
        ticket["agent_id"] = agent
        return ticket
    action: dict[str, Any] = {"id": len(vendor.actions) + 1, "ticket_id": ticket_id, "note": text,
                              "hiddenfromuser": False, "sendemail": False, "timetaken": 0.0, "new_status": None,
                              "datetime": halo._now(), "who": HALO_AGENTS.get(agent, ""), "who_agentid": agent,
                              "user_id": None, "emailsubject": "", "outcome": "Note"}
    if act in ("status", "close", "reopen"):
        try:
            wanted = {"close": halo.CLOSED, "reopen": 1}.get(act) or int(status or HALO_IN_PROGRESS)
        except (TypeError, ValueError):
            return _bad(f"unknown status {status!r}")
        if wanted not in halo.STATUSES:
            return _bad(f"unknown status {status!r}")
        action.update(new_status=wanted, hiddenfromuser=True, outcome="Status Change")
        ticket["status_id"] = wanted
        if wanted == halo.CLOSED:
            ticket["dateclosed"] = action["datetime"]
    elif act == "note":
        action.update(hiddenfromuser=internal, outcome="Private Note" if internal else "Agent Update")
    else:  # an e-mail from an end user, filed on the ticket as an action of that user
        user = (next((u for u in vendor.users.values() if u["client_id"] == ticket["client_id"]
                      and u["emailaddress"].lower() == sender.lower()), None) if sender
                else vendor.users.get(ticket.get("user_id")))
        if user is None:
            return _bad("the ticket has no end user to reply as")
        action.update(who=user["name"], who_agentid=0, user_id=user["id"], emailsubject=subject,
                      outcome="Email Received")
    vendor.actions.append(action)
    return ticket
