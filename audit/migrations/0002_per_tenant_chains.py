"""One audit chain per tenant, plus one for events without a tenant.

Until this migration every event of every tenant hung on one global chain behind one head row. Here the existing
trail is RE-CHAINED: each event gets its chain (`tenant-<id>` or `system`), a sequence number counted within that
chain in the old global order, and its prev_hash and hash recomputed over its fields, which now include the chain.
Verification after this migration therefore proves the trail from this schema change on, chain by chain; the hashes
the old global chain had (in a SIEM copy exported before it) are not kept. The heads are rebuilt from the last
event of each chain.

The hashed field list is frozen here as it stood at this migration, so a later change to audit/verify.HASHED
cannot change what this migration computed.
"""

from django.db import migrations, models

from audit.verify_bundle import GENESIS, compute_hash

SYSTEM_CHAIN = "system"
HASHED = (("chain", "chain"), ("seq", "seq"), ("at", "at"), ("tenant", "tenant_id"), ("actor_type", "actor_type"),
          ("actor", "actor"), ("verb", "verb"), ("object_type", "object_type"), ("object_id", "object_id"),
          ("authority", "authority"), ("outcome", "outcome"), ("details", "details"))
BATCH = 2000


def _fields(event):
    fields = {key: getattr(event, attr) for key, attr in HASHED}
    fields["at"] = event.at.isoformat()
    return fields


def rechain(apps, schema_editor):
    AuditEvent = apps.get_model("audit", "AuditEvent")
    AuditHead = apps.get_model("audit", "AuditHead")
    heads: dict[str, tuple[int, str]] = {}
    batch = []
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=BATCH):
        event.chain = f"tenant-{event.tenant_id}" if event.tenant_id is not None else SYSTEM_CHAIN
        seq, prev = heads.get(event.chain, (0, GENESIS))
        event.seq, event.prev_hash = seq + 1, prev
        event.hash = compute_hash(prev, _fields(event))
        heads[event.chain] = (event.seq, event.hash)
        batch.append(event)
        if len(batch) >= BATCH:
            AuditEvent.objects.bulk_update(batch, ["chain", "seq", "prev_hash", "hash"])
            batch = []
    AuditEvent.objects.bulk_update(batch, ["chain", "seq", "prev_hash", "hash"])
    AuditHead.objects.bulk_create([AuditHead(chain=chain, seq=seq, hash=hash_)
                                   for chain, (seq, hash_) in heads.items()])


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.DeleteModel(name="AuditHead"),
        migrations.CreateModel(
            name="AuditHead",
            fields=[
                ("chain", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("seq", models.PositiveBigIntegerField(default=0)),
                ("hash", models.CharField(default="0" * 64, max_length=64)),
            ],
        ),
        migrations.AddField(
            model_name="auditevent",
            name="chain",
            field=models.CharField(default="system", max_length=64),
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="seq",
            field=models.PositiveBigIntegerField(),
        ),
        migrations.RunPython(rechain, elidable=False),
        migrations.AlterModelOptions(name="auditevent", options={"ordering": ["id"]}),
        migrations.AddConstraint(
            model_name="auditevent",
            constraint=models.UniqueConstraint(fields=("chain", "seq"), name="audit_event_one_seq_per_chain"),
        ),
    ]
