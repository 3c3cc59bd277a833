"""Web routes of tenants: the staff second factor (enrol, prove)."""

from django.urls import path

from tenants import otp

urlpatterns = [
    path("accounts/otp/", otp.second_factor, name="second-factor"),
]
