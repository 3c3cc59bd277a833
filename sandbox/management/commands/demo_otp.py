"""demo_otp: print the current second-factor code of a demo staff member's seeded device (demo only)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from sandbox.demo import DEMO_DEVICE


class Command(BaseCommand):
    help = ("Print the current TOTP code of the demo device seed_demo gave USERNAME (the demo has no phones). "
            "Devices a person enrolled themself are never read.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("username")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        device = TOTPDevice.objects.filter(user__username=opts["username"], name=DEMO_DEVICE, confirmed=True).first()
        if device is None:
            raise CommandError(f"No demo device for {opts['username']!r}: run seed_demo first.")
        code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
        self.stdout.write(f"{code:0{device.digits}d}")
