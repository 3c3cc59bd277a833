"""Staff second factor (django-otp, TOTP): enrolment, proving it in a session, and who must.

A staff member enrols one authenticator app at `/accounts/otp/` (QR code, or the key typed in), confirms it with
a code, and that session is then verified (`request.user.is_verified()`, from django_otp's middleware). Later
sessions prove it on the same page. Service leads must have proved it to use the admin (tenants/admin_site.py).
The key is shown only to its owner, only while the device is unconfirmed, and never logged or audited.
"""

from __future__ import annotations

from base64 import b32encode
from typing import Any

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.services import record
from tenants import access

DEVICE_NAME = "Authenticator app"


class CodeForm(forms.Form):
    code = forms.RegexField(regex=r"^\s*\d{6}\s*$", max_length=12, label="Six-digit code",
                            error_messages={"invalid": "Enter the six digits your authenticator app shows."})


def confirmed_device(user: Any) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def is_verified(request: HttpRequest) -> bool:
    """Whether this session proved the user's second factor (django_otp's middleware sets `is_verified`)."""
    verified = getattr(request.user, "is_verified", None)
    return bool(verified and verified())


def admin_second_factor_missing(request: HttpRequest) -> bool:
    """A service lead (a superuser or anyone managing a tenant) uses the admin only with a verified session."""
    return access.is_service_lead(request.user) and not is_verified(request)


def check_code(user: Any, code: str) -> TOTPDevice | None:
    """The user's confirmed device that accepts `code` now, or None. django-otp refuses a code already used (each
    time step once) and slows down guessing after failures (its throttling)."""
    device = confirmed_device(user)
    if device is None or not code:
        return None
    return device if device.verify_token(code.strip()) else None


def _pending_device(user: Any) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return "/admin/" if request.user.is_staff else "/queue/"


@never_cache
@login_required
def second_factor(request: HttpRequest) -> HttpResponse:
    """Prove the second factor, or enrol one first when the user has none."""
    user = request.user
    device = confirmed_device(user)
    enrolling = device is None
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip()
        with transaction.atomic():
            if enrolling:
                pending = _pending_device(user)
                if pending.verify_token(code):
                    pending.confirmed = True
                    pending.save(update_fields=["confirmed"])
                    # Any other unconfirmed key shown earlier is dropped: only the confirmed one counts.
                    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
                    record(actor=user, verb="staff.second_factor_enrolled", obj=None,
                           details={"user": user.get_username(), "device": pending.name})
                    otp_login(request, pending)
                    return HttpResponseRedirect(_next_url(request))
            else:
                matched = check_code(user, code)
                if matched is not None:
                    otp_login(request, matched)
                    return HttpResponseRedirect(_next_url(request))
        form.add_error("code", "That code is not valid now. Wait for the next one and try again.")
    context: dict[str, Any] = {"form": form, "enrolling": enrolling, "next": _next_url(request),
                               "verified": is_verified(request)}
    if enrolling:
        pending = _pending_device(user)
        context["qr_svg"] = segno.make(pending.config_url, error="m").svg_inline(scale=4)
        context["manual_key"] = b32encode(pending.bin_key).decode()
    return render(request, "registration/second_factor.html", context)
