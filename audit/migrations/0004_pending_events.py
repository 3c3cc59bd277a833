"""Pending audit events (audit.services.deferred_chaining): seq and hash empty (None) and prev_hash "" until the event
is chained. Every existing row is chained, so nothing is rewritten: on PostgreSQL dropping NOT NULL and adding a
default are catalogue changes, and the partial index that finds pending events starts empty."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('audit', '0003_checkpoints'),
        ('tenants', '0008_rmm_connection_vendors'),
    ]

    operations = [
        migrations.AlterField(
            model_name='auditevent',
            name='hash',
            field=models.CharField(blank=True, max_length=64, null=True, unique=True),
        ),
        migrations.AlterField(
            model_name='auditevent',
            name='prev_hash',
            field=models.CharField(blank=True, default='', max_length=64),
        ),
        migrations.AlterField(
            model_name='auditevent',
            name='seq',
            field=models.PositiveBigIntegerField(blank=True, null=True),
        ),
        migrations.AddIndex(
            model_name='auditevent',
            index=models.Index(condition=models.Q(('hash__isnull', True)), fields=['chain', 'id'], name='audit_event_pending'),
        ),
    ]
