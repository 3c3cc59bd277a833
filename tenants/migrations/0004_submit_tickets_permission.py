"""The explicit submit permission (tenants/access.py SUBMIT). Whoever could approve a tenant's actions was a
technician or a service lead, and both roles now submit by this permission: they keep submitting. A person with
view only (the auditor) gets nothing, which is the point."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_submit_to_approvers(apps, schema_editor):
    tenants_config = apps.get_app_config("tenants")
    tenants_config.models_module = True  # create_permissions skips an app it thinks has no models
    create_permissions(tenants_config, apps=apps, verbosity=0)
    Permission = apps.get_model("auth", "Permission")
    UserObjectPermission = apps.get_model("guardian", "UserObjectPermission")
    GroupObjectPermission = apps.get_model("guardian", "GroupObjectPermission")
    approve = Permission.objects.filter(content_type__app_label="tenants", codename="approve_actions").first()
    submit = Permission.objects.filter(content_type__app_label="tenants", codename="submit_tickets").first()
    if approve is None or submit is None:
        return
    for model, holder in ((UserObjectPermission, "user_id"), (GroupObjectPermission, "group_id")):
        for row in model.objects.filter(permission=approve):
            model.objects.get_or_create(permission=submit, content_type_id=row.content_type_id,
                                        object_pk=row.object_pk, **{holder: getattr(row, holder)})


class Migration(migrations.Migration):

    dependencies = [
        ('tenants', '0003_tenant_kill_switch_times'),
        ('guardian', '0002_generic_permissions_index'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='tenant',
            options={'ordering': ['name'], 'permissions': [('submit_tickets', 'Can submit tickets for this tenant'), ('approve_actions', "Can approve or reject this tenant's actions"), ('manage_tenant', "Can manage this tenant's configuration"), ('view_audit', "Can read this tenant's audit trail")]},
        ),
        migrations.RunPython(grant_submit_to_approvers, migrations.RunPython.noop),
    ]
