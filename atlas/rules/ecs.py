"""Rules about ECS services and their containers: what must exist before a service starts
tasks, and how a container's command meets its image's entry point."""

from __future__ import annotations

import re
from typing import Iterator

from atlas.rules import images
from atlas.rules.base import Finding, closure, container_definitions, nodes, references, resources, rule
from atlas.rules.secrets import secret_versions

_FORWARDERS = ("aws_lb_listener_rule", "aws_lb_listener")


def _task_definition(service: dict, graph: dict[str, dict]) -> tuple[str, dict] | None:
    refs = sorted(r for r in references(service.get("task_definition", ""), graph)
                  if r.startswith("aws_ecs_task_definition."))
    return (refs[0], graph[refs[0]]) if refs else None


def _start_needs(doc: dict, service: dict, graph: dict[str, dict]) -> list[tuple[list[str], str]]:
    """What the service's tasks need at start that this root creates: (any of these, why)."""
    needs: list[tuple[list[str], str]] = []
    found = _task_definition(service, graph)
    if found:
        _, task = found
        secrets = set()
        for container in container_definitions(task):
            for entry in container.get("secrets", []) or []:
                secrets |= {r for r in references(entry.get("valueFrom", ""), graph)
                            if r.startswith("aws_secretsmanager_secret.")}
        written = secret_versions(doc)
        for secret in sorted(secrets):
            for version in written.get(secret, []):
                needs.append(([version], f"its tasks read {secret}, which has no value until this version "
                                         "exists (ECS: ResourceNotFoundException, tasks fail to start)"))
            if secret not in written:
                needs.append(([], f"its tasks read {secret}, to which this root writes no value (a hand-off, or "
                                  "none at all): they start before anyone can write it and fail "
                                  "(ResourceNotFoundException); write the value in this root (GeneratedSecret, "
                                  "SeededSecret), or run the service from a root applied after the hand-off"))
        roles = {r for r in references(task.get("execution_role_arn", ""), graph) if r.startswith("aws_iam_role.")}
        for kind in ("aws_iam_role_policy", "aws_iam_role_policy_attachment"):
            for policy, body in resources(doc, kind):
                if roles & references(body.get("role", ""), graph):
                    needs.append(([policy], "its execution role gets this policy (image pull, logs, secrets) only "
                                            "once it exists; tasks started before fail with AccessDenied"))
    for block in service.get("load_balancer", []) or []:
        groups = {r for r in references(block.get("target_group_arn", ""), graph)
                  if r.startswith("aws_lb_target_group.")}
        for group in sorted(groups):
            forwarders = [address for kind in _FORWARDERS
                          for address, body in resources(doc, kind)
                          if group in references(body.get("action", []), graph) |
                          references(body.get("default_action", []), graph)]
            needs.append((forwarders, f"{group} is associated with a load balancer only through a listener or "
                                      "listener rule forwarding to it (CreateService: \"The target group ... does "
                                      "not have an associated load balancer\")" + ("" if forwarders else
                                      "; no listener or listener rule of this root forwards to it: add one, or do "
                                      "not register the service with that target group")))
    return needs


@rule
def ecs_service_start_order(doc: dict) -> Iterator[Finding]:
    """An ``aws_ecs_service`` waits (``depends_on`` or references, transitively) for what its
    tasks need at start that the same root creates: the ``aws_secretsmanager_secret_version``
    of every secret its containers' ``secrets`` read, its execution role's policies, and, with
    a ``load_balancer`` block, the listener rule (or listener) forwarding to that target group.
    A secret of the root that the root never writes (a hand-off) cannot be waited for: reading
    it at start is a finding of its own.

    Sources: Amazon ECS Developer Guide, "Pass Secrets Manager secrets through Amazon ECS
    environment variables" (the task fails to start with ResourceNotFoundException when the
    secret has no value); ECS API reference, CreateService, InvalidParameterException "The
    target group ... does not have an associated load balancer"; IAM policies are eventually
    consistent and attached only when the ``aws_iam_role_policy`` is created.
    """
    graph = nodes(doc)
    for address, service in resources(doc, "aws_ecs_service"):
        waits_for = closure(doc, address, graph)
        for candidates, why in _start_needs(doc, service, graph):
            if not candidates:  # nothing of this root can be waited for: ``why`` says what to change
                yield (address, why)
            elif not waits_for & set(candidates):
                yield (address, f"add depends_on {candidates[0]}: {why}")


_SHELL = re.compile(r"^(/bin/|/usr/bin/)?(sh|bash|ash)$")


def _containers(doc: dict) -> Iterator[tuple[str, dict]]:
    for address, task in resources(doc, "aws_ecs_task_definition"):
        for container in container_definitions(task):
            yield f"{address}[{container.get('name', '?')}]", container


@rule
def container_entrypoint(doc: dict) -> Iterator[Finding]:
    """A container whose ``command`` starts a shell (``sh -c ...``) on an image whose ENTRYPOINT
    is the program itself sets ``entryPoint``.

    Docker runs ``ENTRYPOINT + CMD``; ECS's ``command`` replaces only CMD (Amazon ECS task
    definition parameters, "command" and "entryPoint"). On ``prom/prometheus`` (ENTRYPOINT
    ``/bin/prometheus``) a command ``["sh", "-c", "..."]`` runs ``/bin/prometheus sh -c ...``,
    which exits on an unknown argument. Image facts: ``atlas.rules.images`` (Dockerfiles cited).
    """
    for address, container in _containers(doc):
        command = container.get("command") or []
        facts = images.facts(str(container.get("image", "")))
        if (facts and facts.verified and facts.entrypoint_is_binary and not container.get("entryPoint")
                and command and _SHELL.match(str(command[0]))):
            yield (address, f"{facts.family} has ENTRYPOINT {list(facts.entrypoint)}, so the shell command becomes "
                            'its arguments; set entryPoint ["/bin/sh", "-c"] and command [<the script>]')


_HEALTH_TOOL = re.compile(r"(?:^|[\s;&|(])(curl|wget)(?=\s)")


@rule
def health_check_tool(doc: dict) -> Iterator[Finding]:
    """A container ``healthCheck`` that runs ``curl`` or ``wget`` is on an image that ships it.

    ECS runs the health check command inside the container (Amazon ECS task definition
    parameters, "healthCheck"); a missing tool makes every check fail, ECS replaces the task
    forever and the deployment circuit breaker rolls back. Image facts (which tool each image
    ships, from its Dockerfile and base image): ``atlas.rules.images``.
    """
    for address, container in _containers(doc):
        check = (container.get("healthCheck") or {}).get("command") or []
        facts = images.facts(str(container.get("image", "")))
        if not check or not facts or not facts.verified:
            continue
        script = " ".join(str(part) for part in check[1:])
        for tool in sorted(set(_HEALTH_TOOL.findall(script)) - facts.http_tools):
            shipped = " or ".join(sorted(facts.http_tools)) or "no HTTP client"
            yield (address, f"the health check runs {tool}, which {facts.family} does not ship (it has {shipped}); "
                            f"use {sorted(facts.http_tools)[0] if facts.http_tools else 'no container health check'}")


_SHELL_VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")


@rule
def container_environment(doc: dict) -> Iterator[Finding]:
    """Every variable a container sets (``environment`` and ``secrets``) on an image whose
    contract ``atlas.rules.images`` knows is one the image reads, or one the container's
    own ``command`` / ``entryPoint`` script reads (``$NAME``); a variable the image's
    entrypoint overwrites names the variable to set instead.

    Source: the images' entrypoint scripts, cited per image in ``atlas.rules.images``. The
    case that made the rule: ``camunda/camunda-bpm-platform:run-*`` runs camunda.sh
    (docker-camunda-bpm-platform camunda-run.sh), which exports ``SPRING_DATASOURCE_URL``
    and the rest from ``DB_URL`` / ``DB_USERNAME`` / ``DB_PASSWORD`` / ``DB_DRIVER``
    (default ``org.h2.Driver``) whatever the task sets: a task injecting ``SPRING_DATASOURCE_*``
    runs Camunda on its embedded H2, which loses every process instance on restart.
    """
    for address, container in _containers(doc):
        facts = images.facts(str(container.get("image", "")))
        if not facts or not facts.verified:
            continue
        script = " ".join(str(part) for part in (container.get("entryPoint") or []) + (container.get("command") or []))
        own = set(_SHELL_VARIABLE.findall(script))
        names = [entry.get("name", "") for key in ("environment", "secrets") for entry in container.get(key) or []]
        for name in sorted(set(names)):
            if name in facts.overwritten:
                yield (address, f"{name} is overwritten by the entrypoint of {facts.family}, so its value never "
                                f"reaches the program; set {facts.overwritten[name]} instead")
            elif not facts.reads(name) and name not in own:
                reads = sorted(facts.environment) + [f"{p}*" for p in facts.environment_prefixes]
                yield (address, f"{facts.family} never reads {name} (it reads {', '.join(reads) or 'no variable'}), "
                                "and the container's command does not use it; rename it to a variable the image "
                                "reads or remove it")


@rule
def operator_ui_not_open(doc: dict) -> Iterator[Finding]:
    """A service running an operator UI that shows data to anyone who opens it (Kafka UI:
    every topic's messages) behind an internet-facing load balancer has its own login on
    (the image's login variable, ``atlas.rules.images``) or is reachable only through
    listener rules that match a client ``source_ip`` allow-list.

    Source: kafbat/ui-docs, "Authentication" (``auth.type`` defaults to DISABLED: no login);
    Elastic Load Balancing, "Listener rules" (``source-ip`` conditions; a request no rule
    matches goes to the default action).
    """
    graph = nodes(doc)
    public_lbs = {address for address, body in resources(doc, "aws_lb") if body.get("internal") is not True}
    for address, service in resources(doc, "aws_ecs_service"):
        found = _task_definition(service, graph)
        if not found:
            continue
        for container in container_definitions(found[1]):
            facts = images.facts(str(container.get("image", "")))
            if not facts or not facts.login:
                continue
            variable, values = facts.login
            env = {e.get("name"): e.get("value") for e in container.get("environment") or []}
            if str(env.get(variable, "")).upper() in values:
                continue
            for block in service.get("load_balancer", []) or []:
                for group in references(block.get("target_group_arn", ""), graph):
                    if group.startswith("aws_lb_target_group.") and _open_path(doc, graph, group, public_lbs):
                        yield (address, f"{facts.family} has no login ({variable} is not one of "
                                        f"{', '.join(values)}) and an internet-facing load balancer forwards to it "
                                        f"without a source_ip condition; turn its login on or restrict the rule")


def _open_path(doc: dict, graph: dict[str, dict], group: str, public_lbs: set[str]) -> bool:
    """Whether a public load balancer's listener forwards to ``group`` with no source-ip condition."""
    def public(listener: str) -> bool:
        body = graph.get(listener, {})
        return bool(references(body.get("load_balancer_arn", ""), graph) & public_lbs)

    for address, body in resources(doc, "aws_lb_listener"):
        if group in references(body.get("default_action", []), graph) and public(address):
            return True
    for address, body in resources(doc, "aws_lb_listener_rule"):
        if group not in references(body.get("action", []), graph):
            continue
        listeners = [r for r in references(body.get("listener_arn", ""), graph) if r.startswith("aws_lb_listener.")]
        conditions = body.get("condition") or []
        restricted = any((c or {}).get("source_ip") for c in (conditions if isinstance(conditions, list) else [conditions]))
        if any(public(listener) for listener in listeners) and not restricted:
            return True
    return False


@rule
def efs_mount_targets_before_tasks(doc: dict) -> Iterator[Finding]:
    """An ``aws_ecs_service`` whose task definition mounts an EFS file system of the same root
    (a ``volume`` with ``efs_volume_configuration``) waits (``depends_on`` or references,
    transitively) for every ``aws_efs_mount_target`` of that file system, and the file system
    has at least one.

    A Fargate task mounts the file system through the mount target in its own availability
    zone; the service starts tasks in any of its subnets, and a task placed where the mount
    target does not exist yet fails to start ("ResourceInitializationError: failed to invoke
    EFS utils commands to set up EFS volumes ... Failed to resolve ... mount target"), which
    the deployment circuit breaker then counts as a failed deployment.

    Sources: Amazon ECS Developer Guide, "Use Amazon EFS volumes with Amazon ECS" (a mount
    target in each Availability Zone the tasks run in) and "Troubleshoot Amazon ECS
    ResourceInitializationError errors" (EFS mount failures at task start).
    """
    graph = nodes(doc)
    targets: dict[str, list[str]] = {}
    for address, body in resources(doc, "aws_efs_mount_target"):
        for fs in references(body.get("file_system_id", ""), graph):
            if fs.startswith("aws_efs_file_system."):
                targets.setdefault(fs, []).append(address)
    for address, service in resources(doc, "aws_ecs_service"):
        found = _task_definition(service, graph)
        if not found:
            continue
        systems = set()
        for volume in found[1].get("volume", []) or []:
            for config in _blocks((volume or {}).get("efs_volume_configuration")):
                systems |= {r for r in references(config.get("file_system_id", ""), graph)
                            if r.startswith("aws_efs_file_system.")}
        waits_for = closure(doc, address, graph)
        for fs in sorted(systems):
            if fs not in targets:
                yield (address, f"its tasks mount {fs}, which has no aws_efs_mount_target in this root: no task can "
                                "mount it; add one mount target per subnet of the service")
            for target in targets.get(fs, []):
                if target not in waits_for:
                    yield (address, f"add depends_on {target}: its tasks mount {fs}, and a task placed in that "
                                    "mount target's zone before it exists fails to start")


def _blocks(value: object) -> list[dict]:
    """A nested block as synthesized: one object or a list of them."""
    if isinstance(value, dict):
        return [value]
    return [v for v in value or [] if isinstance(v, dict)] if isinstance(value, list) else []
