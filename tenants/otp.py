"""Staff second factor (django-otp, TOTP): enrolment, proving it in a session, and who must.

A staff member enrols one authenticator app at `/accounts/otp/` (QR code, or the key typed in), confirms it with
a code, and that session is then verified (`request.user.is_verified()`, from django_otp's middleware). Later
sessions prove it on the same page. Service leads must have proved it to use the admin (tenants/admin_site.py).
The key is shown only to its owner, only while the device is unconfirmed, and never logged or audited.
"""

from __future__ import annotations

import time
from base64 import b32encode
from dataclasses import dataclass
from typing import Any

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.crypto import constant_time_compare, salted_hmac
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


# How long a proof made for one decision stays good: long enough for the request that carries it, not a session.
PROOF_MAX_AGE_SECONDS = 300


@dataclass(frozen=True)
class SecondFactorProof:
    """That a person proved their confirmed device just now, through the channel they decide in: a verified
    session (`session`, the web) or a code sent with the decision (`code`, the API or the web form).

    Made only here, after the check, and signed: a service that receives one (approvals.services.approve_action)
    checks the signature, the person, the device and the age with `check_proof`, so a caller cannot simply claim
    the factor was proved."""

    user_id: int
    device_id: int
    method: str
    at: int
    signature: str


def _sign(user_id: int, device_id: int, method: str, at: int) -> str:
    return salted_hmac("tenants.otp.SecondFactorProof", f"{user_id}:{device_id}:{method}:{at}").hexdigest()


def _issue(user: Any, device: TOTPDevice, method: str) -> SecondFactorProof:
    at = int(time.time())
    return SecondFactorProof(user.pk, device.pk, method, at, _sign(user.pk, device.pk, method, at))


def proof_from_code(user: Any, code: str) -> SecondFactorProof | None:
    """A proof for `user` when `code` is what their device shows now (the API's `otp` field)."""
    device = check_code(user, code or "")
    return _issue(user, device, "code") if device is not None else None


def proof_from_request(request: HttpRequest, code: str = "") -> SecondFactorProof | None:
    """The web's proof: the session proved the factor at sign-in (/accounts/otp/), or the decision form carries a
    code, which then verifies the session too so the next decision needs none."""
    user = request.user
    if is_verified(request):
        device = getattr(user, "otp_device", None)
        if isinstance(device, TOTPDevice) and device.user_id == user.pk:
            return _issue(user, device, "session")
    if code:
        device = check_code(user, code)
        if device is not None:
            otp_login(request, device)
            return _issue(user, device, "code")
    return None


def check_proof(proof: SecondFactorProof | None, user: Any) -> str | None:
    """Why `proof` does not show that `user` proved their second factor just now; None when it does."""
    if proof is None:
        return "This change needs your second factor: enter the code from your authenticator app."
    expected = _sign(proof.user_id, proof.device_id, proof.method, proof.at)
    if not constant_time_compare(expected, proof.signature) or proof.user_id != getattr(user, "pk", None):
        return "The second-factor proof is not valid for you."
    if not 0 <= time.time() - proof.at <= PROOF_MAX_AGE_SECONDS:
        return "The second-factor proof has expired: enter a fresh code."
    if not TOTPDevice.objects.filter(pk=proof.device_id, user_id=user.pk, confirmed=True).exists():
        return "The device that proved the second factor is no longer enrolled."
    return None


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
