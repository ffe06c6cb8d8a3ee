"""The one door to the CDKTF core library.

CDKTF is archived upstream; keeping its names behind this module (and the AWS bindings
behind ``atlas.provider_loader``) means a move to a fork touches few files.
"""

from __future__ import annotations

from atlas import provider_loader

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
    "TerraformOutput", "TerraformResource", "TerraformResourceLifecycle", "TerraformStack", "Testing", "Token",
]
