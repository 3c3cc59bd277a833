"""Rallied's admin site (the default one, rallied/admin_config.py): a service lead uses it only after proving
their second factor in this session; everyone else as before. A lead who signed in with a password alone is sent
to `/accounts/otp/` (enrol or enter a code) and comes back."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import admin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from tenants.otp import admin_second_factor_missing


class RalliedAdminSite(admin.AdminSite):
    site_header = "Rallied administration"
    site_title = "Rallied"
    # "View site" opens the technicians' review queue: the product has no public home page to show.
    site_url = "/queue/"
    # The sidebar repeats the home page's list and costs 300 px: without it list pages and the policy matrix fit a
    # 1,366 px window (breadcrumbs lead back home).
    enable_nav_sidebar = False

    def has_permission(self, request: HttpRequest) -> bool:
        return super().has_permission(request) and not admin_second_factor_missing(request)

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        """Signed in as staff but without the second factor: ask for it instead of the password form again."""
        user = request.user
        if user.is_authenticated and user.is_active and user.is_staff and admin_second_factor_missing(request):
            target = request.GET.get("next") or reverse("admin:index", current_app=self.name)
            return HttpResponseRedirect(f"{reverse('second-factor')}?{urlencode({'next': target})}")
        return super().login(request, extra_context)
