"""django-q2 brokers with two queues per cluster: continuations, drained first, then new work (issue 17).

With one FIFO queue, a burst of 200 tickets queued 200 first steps ahead of the first ticket's second step: every
ticket waited for every other ticket's first step (p50 = p95 = max), and the minute's maintenance schedules (the
sweep, the reconciler, expiry) waited behind the whole burst. Here a worker takes the steps of tickets already under
way before any new ticket's first step, so a started ticket finishes while the burst waits its turn.

Why a broker and not a second cluster: a second cluster would split the two cores' workers between the queues, so
one queue's workers idle while the other's backlog waits. One cluster whose pusher asks for continuations first
keeps every worker busy and still prefers them.

One broker object stands for the pair of queues of a cluster name: it enqueues to the queue it was made for (the
cluster's own name is new work; `continuations()` gives the same broker enqueuing to the other one) and dequeues,
counts and purges both. rallied/tasks.py decides which task goes where. django-q2's delivery is unchanged: the ORM
broker still locks a taken row for `retry` and deletes it only on acknowledgement (at least once); Redis still pops
it (at most once), the sweep being the guarantee there (workflow/sweep.py), and the sweep reads both queues.
"""

from __future__ import annotations

from datetime import timedelta
from time import sleep

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django_q.brokers import orm, redis_broker
from django_q.conf import Conf

SUFFIX = ":continue"


def queue_names(name: str) -> tuple[str, str]:
    """(continuations, new work) of the cluster whose queue or continuation queue is `name`."""
    base = name.removesuffix(SUFFIX)
    return base + SUFFIX, base


def _renamed(broker, list_key: str):
    """The same broker enqueuing to `list_key`, sharing its connection (the Redis client and its pool). Not
    copy.copy: django-q2's __setstate__ opens a new connection."""
    other = object.__new__(type(broker))
    other.__dict__.update(broker.__dict__)
    other.list_key = list_key
    return other


class OrmBroker(orm.ORM):
    """The ORM broker over both queues; a continuation's row is `key` = '<cluster name>:continue'."""

    def queue_keys(self) -> tuple[str, str]:
        return queue_names(self.list_key or Conf.CLUSTER_NAME)

    def continuations(self) -> OrmBroker:
        return _renamed(self, self.queue_keys()[0])

    def queue_size(self) -> int:
        return self.get_connection().filter(key__in=self.queue_keys(), lock__lte=timezone.now()).count()

    def lock_size(self) -> int:
        return self.get_connection().filter(key__in=self.queue_keys(), lock__gt=timezone.now()).count()

    def purge_queue(self):
        return self.get_connection().filter(key__in=self.queue_keys()).delete()

    def dequeue(self):
        # As django-q2's own (1.11), with the order made explicit: continuations first, each queue oldest first.
        # A conditional update takes each row, so of two clusters polling at once only one gets it; the row stays,
        # locked until now + retry, until the monitor acknowledges it (at least once).
        now = timezone.now()
        continuation = self.queue_keys()[0]
        tasks = list(self.get_connection().filter(key__in=self.queue_keys(), lock__lt=now).order_by(
            Case(When(key=continuation, then=Value(0)), default=Value(1), output_field=IntegerField()), "id",
        )[:Conf.BULK])
        if not tasks:
            sleep(Conf.POLL)  # an empty queue: spare the CPU, as django-q2 does
            return None
        locked_until = now + timedelta(seconds=Conf.RETRY)
        return [(task.pk, task.payload) for task in tasks
                if self.get_connection().filter(id=task.id, lock=task.lock).update(lock=locked_until)]


class RedisBroker(redis_broker.Redis):
    """The Redis broker over both lists; BLPOP pops from the first non-empty list in the order its keys are given."""

    def queue_keys(self) -> tuple[str, str]:
        # list_key is django-q2's 'django_q:<name>:q'
        name = self.list_key.removeprefix("django_q:").removesuffix(":q")
        return tuple(f"django_q:{n}:q" for n in queue_names(name))  # type: ignore[return-value]

    def continuations(self) -> RedisBroker:
        return _renamed(self, self.queue_keys()[0])

    def dequeue(self):
        task = self.connection.blpop(self.queue_keys(), 1)
        return [(None, task[1])] if task else None

    def queue_size(self) -> int:
        with self.connection.pipeline(transaction=False) as pipe:
            for key in self.queue_keys():
                pipe.llen(key)
            return sum(pipe.execute())

    def delete_queue(self):
        return self.connection.delete(*self.queue_keys())

    def purge_queue(self):
        return self.connection.delete(*self.queue_keys())
