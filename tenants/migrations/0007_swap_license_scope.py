"""Service accounts that may assign and remove licences may swap them too.

swap_license (rallied/kinds.py) is one Graph assignLicense call doing exactly what an assign and a removal do, under
the same Graph permission; an account allowed both would otherwise refuse every swap as out of scope until a
service lead noticed. An account allowed only one of the two is left as it is: a swap would exceed it.
"""

from django.db import migrations

PAIR = {"assign_license", "remove_license"}


def grant_swap(apps, schema_editor):
    ServiceAccount = apps.get_model("tenants", "ServiceAccount")
    for account in ServiceAccount.objects.all():
        kinds = list(account.allowed_kinds or [])
        if set(kinds) >= PAIR and "swap_license" not in kinds:
            account.allowed_kinds = sorted([*kinds, "swap_license"])
            account.save(update_fields=["allowed_kinds"])


def take_swap_back(apps, schema_editor):
    ServiceAccount = apps.get_model("tenants", "ServiceAccount")
    for account in ServiceAccount.objects.all():
        kinds = list(account.allowed_kinds or [])
        if "swap_license" in kinds:
            account.allowed_kinds = [k for k in kinds if k != "swap_license"]
            account.save(update_fields=["allowed_kinds"])


class Migration(migrations.Migration):
    dependencies = [("tenants", "0006_tenant_value_settings")]

    operations = [migrations.RunPython(grant_swap, take_swap_back)]
