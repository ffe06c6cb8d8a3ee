"""An ECR repository for an application image the platform runs but does not build.

Tags are immutable (a tag names one build forever, so a task definition pinned to it can
never silently run different code), every push is scanned, images are encrypted with the
caller's key, and a lifecycle policy keeps the registry from growing without bound:
untagged layers go after a week, and only the most recent tagged images are kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cdktf_cdktf_provider_aws.ecr_lifecycle_policy import EcrLifecyclePolicy
from cdktf_cdktf_provider_aws.ecr_repository import (
    EcrRepository,
    EcrRepositoryEncryptionConfiguration,
    EcrRepositoryImageScanningConfiguration,
)

from atlas.cdk import Construct

# The tag a task definition names before the application's pipeline pushed a real image:
# nothing runs it (services stay at desired count 0), and a rollout step replaces it.
BOOTSTRAP_TAG = "bootstrap"


@dataclass(frozen=True, kw_only=True)
class ImageRepositoryProps:
    name: str
    kms_key_arn: str
    keep_tagged_images: int = 30
    untagged_expiry_days: int = 7
    # Off by default: a repository with images must be emptied on purpose before destroy.
    force_delete: bool = False


class ImageRepository(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: ImageRepositoryProps) -> None:
        super().__init__(scope, construct_id)
        self.repository = EcrRepository(
            self, "repository", name=props.name, image_tag_mutability="IMMUTABLE", force_delete=props.force_delete,
            image_scanning_configuration=EcrRepositoryImageScanningConfiguration(scan_on_push=True),
            encryption_configuration=[EcrRepositoryEncryptionConfiguration(encryption_type="KMS",
                                                                           kms_key=props.kms_key_arn)])
        self.url: str = self.repository.repository_url
        self.arn: str = self.repository.arn
        EcrLifecyclePolicy(self, "lifecycle", repository=self.repository.name, policy=json.dumps({"rules": [
            {"rulePriority": 1, "description": f"untagged images go after {props.untagged_expiry_days} days",
             "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days",
                           "countNumber": props.untagged_expiry_days},
             "action": {"type": "expire"}},
            {"rulePriority": 2, "description": f"keep the {props.keep_tagged_images} most recent images",
             "selection": {"tagStatus": "any", "countType": "imageCountMoreThan",
                           "countNumber": props.keep_tagged_images},
             "action": {"type": "expire"}},
        ]}, sort_keys=True))

    def image(self, given: str | None) -> str:
        """``given`` (the application's pinned image), or this repository's bootstrap tag."""
        return given if given is not None else f"{self.url}:{BOOTSTRAP_TAG}"
