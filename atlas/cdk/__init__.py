"""The CDKTF runtime plumbing, and the one door to the CDKTF core library.

CDKTF is archived upstream; keeping its names behind this package means a move to a fork
or a successor touches few files. Besides the re-exported core names it holds:

* ``atlas.cdk.provider_loader`` (and its Node half) loads only the AWS provider submodules in use;
* ``atlas.cdk.stack``           readable resource addresses and the per-root base stack;
* ``atlas.cdk.tags``            tags on every taggable resource, in one pass.
"""

from __future__ import annotations

from atlas.cdk import provider_loader

provider_loader.install()

from cdktf import (  # noqa: E402  (the loader must run before any binding is imported)
    App,
    DataTerraformRemoteStateLocal,
    DataTerraformRemoteStateS3,
    Fn,
    LocalBackend,
    S3Backend,
    TerraformDataSource,
    TerraformElement,
    TerraformLocal,
    TerraformOutput,
    TerraformProvider,
    TerraformResource,
    TerraformResourceLifecycle,
    TerraformStack,
    Testing,
    Token,
)
from constructs import Construct, IConstruct  # noqa: E402

__all__ = [
    "App", "Construct", "DataTerraformRemoteStateLocal", "DataTerraformRemoteStateS3",
    "Fn", "IConstruct", "LocalBackend", "S3Backend", "TerraformDataSource", "TerraformElement", "TerraformLocal",
    "TerraformOutput", "TerraformProvider", "TerraformResource", "TerraformResourceLifecycle", "TerraformStack", "Testing", "Token",
]
