"""Web pages outside the admin: the one-time secret page, and a technician's hand-over of a held secret."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from tenants import access, otp
from tickets.models import OneTimeSecret
from tickets.secrets import hand_over_secret, held_for_handover, peek_secret, reveal_secret


@never_cache
@require_http_methods(["GET", "POST"])
def secret_page(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button, POST reveals once: link scanners that GET the URL don't burn the secret."""
    if request.method == "GET":
        row = peek_secret(token)
        return render(request, "secrets/confirm.html", {"row": row}, status=200 if row else 404)
    value = reveal_secret(token)
    response = render(request, "secrets/reveal.html", {"value": value}, status=200 if value else 404)
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@login_required  # technicians sign in to the queue, not the admin; access.can decides
@require_http_methods(["GET", "POST"])
def handover_page(request: HttpRequest, secret_id: int) -> HttpResponse:
    """A technician of the ticket's tenant reveals a secret held for hand-over (workflow/delivery.py): once, audited.

    GET says whose it is; POST shows it and destroys it. A secret sent to its owner by link cannot be opened here.
    """
    row = get_object_or_404(OneTimeSecret.objects.select_related("ticket", "ticket__tenant"), pk=secret_id)
    if not access.can(request.user, access.APPROVE, row.ticket.tenant):
        raise PermissionDenied("You are not a technician of this tenant.")
    owner = held_for_handover(row)
    if request.method == "GET":
        ok = owner is not None and row.available
        return render(request, "secrets/handover.html", {"row": row, "owner": owner, "ok": ok},
                      status=200 if ok else 404)
    if owner is not None and row.available and not otp.is_verified(request):
        # Seeing someone's temporary password is as sensitive as approving its reset: the technician proves their
        # second factor first (/accounts/otp/), then comes back to this page.
        here = reverse("secret-handover", args=[row.pk])
        return HttpResponseRedirect(f"{reverse('second-factor')}?{urlencode({'next': here})}")
    value = hand_over_secret(secret_id=row.pk, actor=request.user)
    response = render(request, "secrets/handover.html", {"row": row, "owner": owner, "value": value, "ok": bool(value)},
                      status=200 if value else 404)
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
