r'''
# `spacelift_stack`

Refer to the Terraform Registry for docs: [`spacelift_stack`](https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack).
'''
from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from .._jsii import *

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class Stack(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.Stack",
):
    '''Represents a {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack spacelift_stack}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        branch: builtins.str,
        name: builtins.str,
        repository: builtins.str,
        additional_project_globs: typing.Optional[typing.Sequence[builtins.str]] = None,
        administrative: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        after_apply: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_destroy: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_init: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_perform: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_plan: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_run: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_run_promotion: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        ansible: typing.Optional[typing.Union["StackAnsible", typing.Dict[builtins.str, typing.Any]]] = None,
        autodeploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        autoretry: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        azure_devops: typing.Optional[typing.Union["StackAzureDevops", typing.Dict[builtins.str, typing.Any]]] = None,
        before_apply: typing.Optional[typing.Sequence[builtins.str]] = None,
        before_destroy: typing.Optional[typing.Sequence[builtins.str]] = None,
        before_init: typing.Optional[typing.Sequence[builtins.str]] = None,
        before_perform: typing.Optional[typing.Sequence[builtins.str]] = None,
        before_plan: typing.Optional[typing.Sequence[builtins.str]] = None,
        bitbucket_cloud: typing.Optional[typing.Union["StackBitbucketCloud", typing.Dict[builtins.str, typing.Any]]] = None,
        bitbucket_datacenter: typing.Optional[typing.Union["StackBitbucketDatacenter", typing.Dict[builtins.str, typing.Any]]] = None,
        cloudformation: typing.Optional[typing.Union["StackCloudformation", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        enable_local_preview: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_sensitive_outputs_upload: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_well_known_secret_masking: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        github_action_deploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        github_enterprise: typing.Optional[typing.Union["StackGithubEnterprise", typing.Dict[builtins.str, typing.Any]]] = None,
        gitlab: typing.Optional[typing.Union["StackGitlab", typing.Dict[builtins.str, typing.Any]]] = None,
        git_sparse_checkout_paths: typing.Optional[typing.Sequence[builtins.str]] = None,
        id: typing.Optional[builtins.str] = None,
        import_state: typing.Optional[builtins.str] = None,
        import_state_file: typing.Optional[builtins.str] = None,
        kubernetes: typing.Optional[typing.Union["StackKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
        labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        manage_state: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        opentofu: typing.Optional[typing.Union["StackOpentofu", typing.Dict[builtins.str, typing.Any]]] = None,
        project_root: typing.Optional[builtins.str] = None,
        protect_from_deletion: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        pulumi: typing.Optional[typing.Union["StackPulumi", typing.Dict[builtins.str, typing.Any]]] = None,
        raw_git: typing.Optional[typing.Union["StackRawGit", typing.Dict[builtins.str, typing.Any]]] = None,
        runner_image: typing.Optional[builtins.str] = None,
        showcase: typing.Optional[typing.Union["StackShowcase", typing.Dict[builtins.str, typing.Any]]] = None,
        slug: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        terraform_external_state_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        terraform_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        terraform_version: typing.Optional[builtins.str] = None,
        terraform_workflow_tool: typing.Optional[builtins.str] = None,
        terraform_workspace: typing.Optional[builtins.str] = None,
        terragrunt: typing.Optional[typing.Union["StackTerragrunt", typing.Dict[builtins.str, typing.Any]]] = None,
        worker_pool_id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack spacelift_stack} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param branch: Git branch to apply changes to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#branch Stack#branch}
        :param name: Name of the stack - should be unique in one account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#name Stack#name}
        :param repository: Name of the repository, without the owner part. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#repository Stack#repository}
        :param additional_project_globs: Project globs is an optional list of paths to track changes of in addition to the project root. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#additional_project_globs Stack#additional_project_globs}
        :param administrative: Indicates whether this stack can manage others. Defaults to ``false``. This field will be removed in a future version. Use ``spacelift_role_attachment`` resource to manage stack permissions. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#administrative Stack#administrative}
        :param after_apply: List of after-apply scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_apply Stack#after_apply}
        :param after_destroy: List of after-destroy scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_destroy Stack#after_destroy}
        :param after_init: List of after-init scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_init Stack#after_init}
        :param after_perform: List of after-perform scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_perform Stack#after_perform}
        :param after_plan: List of after-plan scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_plan Stack#after_plan}
        :param after_run: List of after-run scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_run Stack#after_run}
        :param allow_run_promotion: Indicates whether a proposed run can be promoted to a tracked run. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#allow_run_promotion Stack#allow_run_promotion}
        :param ansible: ansible block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#ansible Stack#ansible}
        :param autodeploy: Indicates whether changes to this stack can be automatically deployed. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#autodeploy Stack#autodeploy}
        :param autoretry: Indicates whether obsolete proposed changes should automatically be retried. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#autoretry Stack#autoretry}
        :param azure_devops: azure_devops block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#azure_devops Stack#azure_devops}
        :param before_apply: List of before-apply scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_apply Stack#before_apply}
        :param before_destroy: List of before-destroy scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_destroy Stack#before_destroy}
        :param before_init: List of before-init scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_init Stack#before_init}
        :param before_perform: List of before-perform scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_perform Stack#before_perform}
        :param before_plan: List of before-plan scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_plan Stack#before_plan}
        :param bitbucket_cloud: bitbucket_cloud block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#bitbucket_cloud Stack#bitbucket_cloud}
        :param bitbucket_datacenter: bitbucket_datacenter block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#bitbucket_datacenter Stack#bitbucket_datacenter}
        :param cloudformation: cloudformation block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#cloudformation Stack#cloudformation}
        :param description: Free-form stack description for users. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#description Stack#description}
        :param enable_local_preview: Indicates whether local preview runs can be triggered on this Stack. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_local_preview Stack#enable_local_preview}
        :param enable_sensitive_outputs_upload: Indicates whether sensitive outputs created by this stack can be uploaded to Spacelift to be used by Stack Dependency references. Triggered only when corresponding option is enabled on the Worker Pool used by the Stack as well. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_sensitive_outputs_upload Stack#enable_sensitive_outputs_upload}
        :param enable_well_known_secret_masking: Indicates whether well-known secret masking is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_well_known_secret_masking Stack#enable_well_known_secret_masking}
        :param github_action_deploy: Use ``allow_run_promotion`` instead. Indicates whether GitHub users can promote proposed runs to tracked runs from the Checks API. This is called allow run promotion in the UI. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#github_action_deploy Stack#github_action_deploy}
        :param github_enterprise: github_enterprise block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#github_enterprise Stack#github_enterprise}
        :param gitlab: gitlab block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#gitlab Stack#gitlab}
        :param git_sparse_checkout_paths: Git sparse checkout paths is an optional list of paths to use for sparse checkout. If not set, the entire repository will be checked out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#git_sparse_checkout_paths Stack#git_sparse_checkout_paths}
        :param id: The ID of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param import_state: State file to upload when creating a new stack. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#import_state Stack#import_state}
        :param import_state_file: Path to the state file to upload when creating a new stack. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#import_state_file Stack#import_state_file}
        :param kubernetes: kubernetes block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubernetes Stack#kubernetes}
        :param labels: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#labels Stack#labels}.
        :param manage_state: Determines if Spacelift should manage state for this stack. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#manage_state Stack#manage_state}
        :param opentofu: opentofu block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#opentofu Stack#opentofu}
        :param project_root: Project root is the optional directory relative to the workspace root containing the entrypoint to the Stack. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#project_root Stack#project_root}
        :param protect_from_deletion: Protect this stack from accidental deletion. If set, attempts to delete this stack will fail. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#protect_from_deletion Stack#protect_from_deletion}
        :param pulumi: pulumi block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#pulumi Stack#pulumi}
        :param raw_git: raw_git block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#raw_git Stack#raw_git}
        :param runner_image: Name of the Docker image used to process Runs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#runner_image Stack#runner_image}
        :param showcase: showcase block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#showcase Stack#showcase}
        :param slug: Allows setting the custom ID (slug) for the stack. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#slug Stack#slug}
        :param space_id: ID (slug) of the space the stack is in. Defaults to ``legacy`` if it exists, otherwise ``root``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#space_id Stack#space_id}
        :param terraform_external_state_access: Indicates whether you can access the Stack state file from other stacks or outside of Spacelift. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_external_state_access Stack#terraform_external_state_access}
        :param terraform_smart_sanitization: Indicates whether runs on this will use terraform's sensitive value system to sanitize the outputs of Terraform state and plans in spacelift instead of sanitizing all fields. Note: Requires the terraform version to be v1.0.1 or above. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_smart_sanitization Stack#terraform_smart_sanitization}
        :param terraform_version: Terraform version to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_version Stack#terraform_version}
        :param terraform_workflow_tool: Defines the tool that will be used to execute the workflow. This can be one of ``OPEN_TOFU``, ``TERRAFORM_FOSS`` or ``CUSTOM``. Defaults to ``TERRAFORM_FOSS``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_workflow_tool Stack#terraform_workflow_tool}
        :param terraform_workspace: Terraform workspace to select. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_workspace Stack#terraform_workspace}
        :param terragrunt: terragrunt block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terragrunt Stack#terragrunt}
        :param worker_pool_id: ID of the worker pool to use. NOTE: worker_pool_id is required when using a self-hosted instance of Spacelift. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#worker_pool_id Stack#worker_pool_id}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a169c1f92d75deceb552c4acc226d06fba49a876bbef46a78d5ff10617fc82b5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = StackConfig(
            branch=branch,
            name=name,
            repository=repository,
            additional_project_globs=additional_project_globs,
            administrative=administrative,
            after_apply=after_apply,
            after_destroy=after_destroy,
            after_init=after_init,
            after_perform=after_perform,
            after_plan=after_plan,
            after_run=after_run,
            allow_run_promotion=allow_run_promotion,
            ansible=ansible,
            autodeploy=autodeploy,
            autoretry=autoretry,
            azure_devops=azure_devops,
            before_apply=before_apply,
            before_destroy=before_destroy,
            before_init=before_init,
            before_perform=before_perform,
            before_plan=before_plan,
            bitbucket_cloud=bitbucket_cloud,
            bitbucket_datacenter=bitbucket_datacenter,
            cloudformation=cloudformation,
            description=description,
            enable_local_preview=enable_local_preview,
            enable_sensitive_outputs_upload=enable_sensitive_outputs_upload,
            enable_well_known_secret_masking=enable_well_known_secret_masking,
            github_action_deploy=github_action_deploy,
            github_enterprise=github_enterprise,
            gitlab=gitlab,
            git_sparse_checkout_paths=git_sparse_checkout_paths,
            id=id,
            import_state=import_state,
            import_state_file=import_state_file,
            kubernetes=kubernetes,
            labels=labels,
            manage_state=manage_state,
            opentofu=opentofu,
            project_root=project_root,
            protect_from_deletion=protect_from_deletion,
            pulumi=pulumi,
            raw_git=raw_git,
            runner_image=runner_image,
            showcase=showcase,
            slug=slug,
            space_id=space_id,
            terraform_external_state_access=terraform_external_state_access,
            terraform_smart_sanitization=terraform_smart_sanitization,
            terraform_version=terraform_version,
            terraform_workflow_tool=terraform_workflow_tool,
            terraform_workspace=terraform_workspace,
            terragrunt=terragrunt,
            worker_pool_id=worker_pool_id,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a Stack resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Stack to import.
        :param import_from_id: The id of the existing Stack that should be imported. Refer to the {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Stack to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d036e2231d5a326034e8928dcf51b5c206782bd628ceefbf00afd7a0e78c0c16)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putAnsible")
    def put_ansible(self, *, playbook: builtins.str) -> None:
        '''
        :param playbook: The playbook Ansible should run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#playbook Stack#playbook}
        '''
        value = StackAnsible(playbook=playbook)

        return typing.cast(None, jsii.invoke(self, "putAnsible", [value]))

    @jsii.member(jsii_name="putAzureDevops")
    def put_azure_devops(
        self,
        *,
        project: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param project: The name of the Azure DevOps project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#project Stack#project}
        :param id: The ID of the Azure Devops integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        value = StackAzureDevops(project=project, id=id)

        return typing.cast(None, jsii.invoke(self, "putAzureDevops", [value]))

    @jsii.member(jsii_name="putBitbucketCloud")
    def put_bitbucket_cloud(
        self,
        *,
        namespace: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param namespace: The Bitbucket project containing the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param id: The ID of the Bitbucket Cloud integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        value = StackBitbucketCloud(namespace=namespace, id=id)

        return typing.cast(None, jsii.invoke(self, "putBitbucketCloud", [value]))

    @jsii.member(jsii_name="putBitbucketDatacenter")
    def put_bitbucket_datacenter(
        self,
        *,
        namespace: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param namespace: The Bitbucket project containing the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param id: The ID of the Bitbucket Datacenter integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        value = StackBitbucketDatacenter(namespace=namespace, id=id)

        return typing.cast(None, jsii.invoke(self, "putBitbucketDatacenter", [value]))

    @jsii.member(jsii_name="putCloudformation")
    def put_cloudformation(
        self,
        *,
        entry_template_file: builtins.str,
        region: builtins.str,
        stack_name: builtins.str,
        template_bucket: builtins.str,
    ) -> None:
        '''
        :param entry_template_file: Template file ``cloudformation package`` will be called on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#entry_template_file Stack#entry_template_file}
        :param region: AWS region to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#region Stack#region}
        :param stack_name: CloudFormation stack name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#stack_name Stack#stack_name}
        :param template_bucket: S3 bucket to save CloudFormation templates to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#template_bucket Stack#template_bucket}
        '''
        value = StackCloudformation(
            entry_template_file=entry_template_file,
            region=region,
            stack_name=stack_name,
            template_bucket=template_bucket,
        )

        return typing.cast(None, jsii.invoke(self, "putCloudformation", [value]))

    @jsii.member(jsii_name="putGithubEnterprise")
    def put_github_enterprise(
        self,
        *,
        namespace: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param namespace: The GitHub organization / user the repository belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param id: The ID of the GitHub Enterprise integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        value = StackGithubEnterprise(namespace=namespace, id=id)

        return typing.cast(None, jsii.invoke(self, "putGithubEnterprise", [value]))

    @jsii.member(jsii_name="putGitlab")
    def put_gitlab(
        self,
        *,
        namespace: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param namespace: The GitLab namespace containing the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param id: The ID of the Gitlab integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        value = StackGitlab(namespace=namespace, id=id)

        return typing.cast(None, jsii.invoke(self, "putGitlab", [value]))

    @jsii.member(jsii_name="putKubernetes")
    def put_kubernetes(
        self,
        *,
        kubectl_version: typing.Optional[builtins.str] = None,
        kubernetes_workflow_tool: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kubectl_version: Kubectl version. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubectl_version Stack#kubectl_version}
        :param kubernetes_workflow_tool: Defines the tool that will be used to execute the workflow. This can be one of ``KUBERNETES`` or ``CUSTOM``. Defaults to ``KUBERNETES``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubernetes_workflow_tool Stack#kubernetes_workflow_tool}
        :param namespace: Namespace of the Kubernetes cluster to run commands on. Leave empty for multi-namespace Stacks. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        '''
        value = StackKubernetes(
            kubectl_version=kubectl_version,
            kubernetes_workflow_tool=kubernetes_workflow_tool,
            namespace=namespace,
        )

        return typing.cast(None, jsii.invoke(self, "putKubernetes", [value]))

    @jsii.member(jsii_name="putOpentofu")
    def put_opentofu(
        self,
        *,
        external_state_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        logging: typing.Optional[typing.Union["StackOpentofuLogging", typing.Dict[builtins.str, typing.Any]]] = None,
        use_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        version: typing.Optional[builtins.str] = None,
        workflow_tool: typing.Optional[builtins.str] = None,
        workspace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external_state_access: Indicates whether you can access the Stack state file from other stacks or outside of Spacelift. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#external_state_access Stack#external_state_access}
        :param logging: logging block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#logging Stack#logging}
        :param use_smart_sanitization: Indicates whether runs on this will use OpenTofu's sensitive value system to sanitize the outputs of state and plans in Spacelift instead of sanitizing all fields. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_smart_sanitization Stack#use_smart_sanitization}
        :param version: OpenTofu version to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#version Stack#version}
        :param workflow_tool: Defines the tool that will be used to execute the workflow. This can be one of ``OPENTOFU`` or ``CUSTOM``. Defaults to ``OPENTOFU``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#workflow_tool Stack#workflow_tool}
        :param workspace: OpenTofu workspace to select. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#workspace Stack#workspace}
        '''
        value = StackOpentofu(
            external_state_access=external_state_access,
            logging=logging,
            use_smart_sanitization=use_smart_sanitization,
            version=version,
            workflow_tool=workflow_tool,
            workspace=workspace,
        )

        return typing.cast(None, jsii.invoke(self, "putOpentofu", [value]))

    @jsii.member(jsii_name="putPulumi")
    def put_pulumi(self, *, login_url: builtins.str, stack_name: builtins.str) -> None:
        '''
        :param login_url: State backend to log into on Run initialize. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#login_url Stack#login_url}
        :param stack_name: Pulumi stack name to use with the state backend. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#stack_name Stack#stack_name}
        '''
        value = StackPulumi(login_url=login_url, stack_name=stack_name)

        return typing.cast(None, jsii.invoke(self, "putPulumi", [value]))

    @jsii.member(jsii_name="putRawGit")
    def put_raw_git(self, *, namespace: builtins.str, url: builtins.str) -> None:
        '''
        :param namespace: User-friendly namespace for the repository, this is for cosmetic purposes only. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param url: HTTPS URL of the Git repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#url Stack#url}
        '''
        value = StackRawGit(namespace=namespace, url=url)

        return typing.cast(None, jsii.invoke(self, "putRawGit", [value]))

    @jsii.member(jsii_name="putShowcase")
    def put_showcase(self, *, namespace: builtins.str) -> None:
        '''
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}.
        '''
        value = StackShowcase(namespace=namespace)

        return typing.cast(None, jsii.invoke(self, "putShowcase", [value]))

    @jsii.member(jsii_name="putTerragrunt")
    def put_terragrunt(
        self,
        *,
        prefix_resource_names_with_module_name: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        skip_replan: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        skip_replan_when_run_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        terraform_version: typing.Optional[builtins.str] = None,
        terragrunt_version: typing.Optional[builtins.str] = None,
        tool: typing.Optional[builtins.str] = None,
        use_run_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        use_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        use_state_management: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param prefix_resource_names_with_module_name: Controls whether resource and output names are prefixed with the module path. Has no effect when use_run_all is enabled (always prefixes in that case). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#prefix_resource_names_with_module_name Stack#prefix_resource_names_with_module_name}
        :param skip_replan: If set to true, the apply phase will reuse the plan from the planning phase instead of re-planning. Applies to both run-all and non-run-all stacks. Warning: this means any ``mocked_outputs`` referenced during planning will be applied as-is — do not enable this together with ``mocked_outputs`` unless you fully understand the implications, your apply may execute against mocked values rather than real ones. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#skip_replan Stack#skip_replan}
        :param skip_replan_when_run_all: When using Run All, skip the second planning phase during the apply stage. This is an experimental feature. Runs with Run All disabled reuse the plan by default. Warning: this means any ``mocked_outputs`` referenced during planning will be applied as-is — do not enable this together with ``mocked_outputs`` unless you fully understand the implications, your apply may execute against mocked values rather than real ones. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#skip_replan_when_run_all Stack#skip_replan_when_run_all}
        :param terraform_version: The Terraform version. Must not be provided when tool is set to MANUALLY_PROVISIONED. Defaults to the latest available OpenTofu/Terraform version. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_version Stack#terraform_version}
        :param terragrunt_version: The Terragrunt version. Defaults to the latest Terragrunt version. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terragrunt_version Stack#terragrunt_version}
        :param tool: The IaC tool used by Terragrunt. Valid values are OPEN_TOFU, TERRAFORM_FOSS or MANUALLY_PROVISIONED. Defaults to TERRAFORM_FOSS if not specified. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#tool Stack#tool}
        :param use_run_all: Whether to use ``terragrunt run-all`` instead of ``terragrunt``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_run_all Stack#use_run_all}
        :param use_smart_sanitization: Indicates whether runs on this will use Terraform's sensitive value system to sanitize the outputs of Terraform state and plans in spacelift instead of sanitizing all fields. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_smart_sanitization Stack#use_smart_sanitization}
        :param use_state_management: Determines if Spacelift should manage state for this Terragrunt stack. Takes precedence over ``manage_state``. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_state_management Stack#use_state_management}
        '''
        value = StackTerragrunt(
            prefix_resource_names_with_module_name=prefix_resource_names_with_module_name,
            skip_replan=skip_replan,
            skip_replan_when_run_all=skip_replan_when_run_all,
            terraform_version=terraform_version,
            terragrunt_version=terragrunt_version,
            tool=tool,
            use_run_all=use_run_all,
            use_smart_sanitization=use_smart_sanitization,
            use_state_management=use_state_management,
        )

        return typing.cast(None, jsii.invoke(self, "putTerragrunt", [value]))

    @jsii.member(jsii_name="resetAdditionalProjectGlobs")
    def reset_additional_project_globs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdditionalProjectGlobs", []))

    @jsii.member(jsii_name="resetAdministrative")
    def reset_administrative(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdministrative", []))

    @jsii.member(jsii_name="resetAfterApply")
    def reset_after_apply(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAfterApply", []))

    @jsii.member(jsii_name="resetAfterDestroy")
    def reset_after_destroy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAfterDestroy", []))

    @jsii.member(jsii_name="resetAfterInit")
    def reset_after_init(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAfterInit", []))

    @jsii.member(jsii_name="resetAfterPerform")
    def reset_after_perform(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAfterPerform", []))

    @jsii.member(jsii_name="resetAfterPlan")
    def reset_after_plan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAfterPlan", []))

    @jsii.member(jsii_name="resetAfterRun")
    def reset_after_run(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAfterRun", []))

    @jsii.member(jsii_name="resetAllowRunPromotion")
    def reset_allow_run_promotion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowRunPromotion", []))

    @jsii.member(jsii_name="resetAnsible")
    def reset_ansible(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAnsible", []))

    @jsii.member(jsii_name="resetAutodeploy")
    def reset_autodeploy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutodeploy", []))

    @jsii.member(jsii_name="resetAutoretry")
    def reset_autoretry(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutoretry", []))

    @jsii.member(jsii_name="resetAzureDevops")
    def reset_azure_devops(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAzureDevops", []))

    @jsii.member(jsii_name="resetBeforeApply")
    def reset_before_apply(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBeforeApply", []))

    @jsii.member(jsii_name="resetBeforeDestroy")
    def reset_before_destroy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBeforeDestroy", []))

    @jsii.member(jsii_name="resetBeforeInit")
    def reset_before_init(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBeforeInit", []))

    @jsii.member(jsii_name="resetBeforePerform")
    def reset_before_perform(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBeforePerform", []))

    @jsii.member(jsii_name="resetBeforePlan")
    def reset_before_plan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBeforePlan", []))

    @jsii.member(jsii_name="resetBitbucketCloud")
    def reset_bitbucket_cloud(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBitbucketCloud", []))

    @jsii.member(jsii_name="resetBitbucketDatacenter")
    def reset_bitbucket_datacenter(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBitbucketDatacenter", []))

    @jsii.member(jsii_name="resetCloudformation")
    def reset_cloudformation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCloudformation", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEnableLocalPreview")
    def reset_enable_local_preview(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableLocalPreview", []))

    @jsii.member(jsii_name="resetEnableSensitiveOutputsUpload")
    def reset_enable_sensitive_outputs_upload(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableSensitiveOutputsUpload", []))

    @jsii.member(jsii_name="resetEnableWellKnownSecretMasking")
    def reset_enable_well_known_secret_masking(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableWellKnownSecretMasking", []))

    @jsii.member(jsii_name="resetGithubActionDeploy")
    def reset_github_action_deploy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGithubActionDeploy", []))

    @jsii.member(jsii_name="resetGithubEnterprise")
    def reset_github_enterprise(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGithubEnterprise", []))

    @jsii.member(jsii_name="resetGitlab")
    def reset_gitlab(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitlab", []))

    @jsii.member(jsii_name="resetGitSparseCheckoutPaths")
    def reset_git_sparse_checkout_paths(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitSparseCheckoutPaths", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetImportState")
    def reset_import_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImportState", []))

    @jsii.member(jsii_name="resetImportStateFile")
    def reset_import_state_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImportStateFile", []))

    @jsii.member(jsii_name="resetKubernetes")
    def reset_kubernetes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKubernetes", []))

    @jsii.member(jsii_name="resetLabels")
    def reset_labels(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLabels", []))

    @jsii.member(jsii_name="resetManageState")
    def reset_manage_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetManageState", []))

    @jsii.member(jsii_name="resetOpentofu")
    def reset_opentofu(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOpentofu", []))

    @jsii.member(jsii_name="resetProjectRoot")
    def reset_project_root(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProjectRoot", []))

    @jsii.member(jsii_name="resetProtectFromDeletion")
    def reset_protect_from_deletion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtectFromDeletion", []))

    @jsii.member(jsii_name="resetPulumi")
    def reset_pulumi(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPulumi", []))

    @jsii.member(jsii_name="resetRawGit")
    def reset_raw_git(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRawGit", []))

    @jsii.member(jsii_name="resetRunnerImage")
    def reset_runner_image(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRunnerImage", []))

    @jsii.member(jsii_name="resetShowcase")
    def reset_showcase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShowcase", []))

    @jsii.member(jsii_name="resetSlug")
    def reset_slug(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlug", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetTerraformExternalStateAccess")
    def reset_terraform_external_state_access(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTerraformExternalStateAccess", []))

    @jsii.member(jsii_name="resetTerraformSmartSanitization")
    def reset_terraform_smart_sanitization(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTerraformSmartSanitization", []))

    @jsii.member(jsii_name="resetTerraformVersion")
    def reset_terraform_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTerraformVersion", []))

    @jsii.member(jsii_name="resetTerraformWorkflowTool")
    def reset_terraform_workflow_tool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTerraformWorkflowTool", []))

    @jsii.member(jsii_name="resetTerraformWorkspace")
    def reset_terraform_workspace(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTerraformWorkspace", []))

    @jsii.member(jsii_name="resetTerragrunt")
    def reset_terragrunt(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTerragrunt", []))

    @jsii.member(jsii_name="resetWorkerPoolId")
    def reset_worker_pool_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWorkerPoolId", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="ansible")
    def ansible(self) -> "StackAnsibleOutputReference":
        return typing.cast("StackAnsibleOutputReference", jsii.get(self, "ansible"))

    @builtins.property
    @jsii.member(jsii_name="awsAssumeRolePolicyStatement")
    def aws_assume_role_policy_statement(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "awsAssumeRolePolicyStatement"))

    @builtins.property
    @jsii.member(jsii_name="azureDevops")
    def azure_devops(self) -> "StackAzureDevopsOutputReference":
        return typing.cast("StackAzureDevopsOutputReference", jsii.get(self, "azureDevops"))

    @builtins.property
    @jsii.member(jsii_name="bitbucketCloud")
    def bitbucket_cloud(self) -> "StackBitbucketCloudOutputReference":
        return typing.cast("StackBitbucketCloudOutputReference", jsii.get(self, "bitbucketCloud"))

    @builtins.property
    @jsii.member(jsii_name="bitbucketDatacenter")
    def bitbucket_datacenter(self) -> "StackBitbucketDatacenterOutputReference":
        return typing.cast("StackBitbucketDatacenterOutputReference", jsii.get(self, "bitbucketDatacenter"))

    @builtins.property
    @jsii.member(jsii_name="cloudformation")
    def cloudformation(self) -> "StackCloudformationOutputReference":
        return typing.cast("StackCloudformationOutputReference", jsii.get(self, "cloudformation"))

    @builtins.property
    @jsii.member(jsii_name="githubEnterprise")
    def github_enterprise(self) -> "StackGithubEnterpriseOutputReference":
        return typing.cast("StackGithubEnterpriseOutputReference", jsii.get(self, "githubEnterprise"))

    @builtins.property
    @jsii.member(jsii_name="gitlab")
    def gitlab(self) -> "StackGitlabOutputReference":
        return typing.cast("StackGitlabOutputReference", jsii.get(self, "gitlab"))

    @builtins.property
    @jsii.member(jsii_name="kubernetes")
    def kubernetes(self) -> "StackKubernetesOutputReference":
        return typing.cast("StackKubernetesOutputReference", jsii.get(self, "kubernetes"))

    @builtins.property
    @jsii.member(jsii_name="opentofu")
    def opentofu(self) -> "StackOpentofuOutputReference":
        return typing.cast("StackOpentofuOutputReference", jsii.get(self, "opentofu"))

    @builtins.property
    @jsii.member(jsii_name="pulumi")
    def pulumi(self) -> "StackPulumiOutputReference":
        return typing.cast("StackPulumiOutputReference", jsii.get(self, "pulumi"))

    @builtins.property
    @jsii.member(jsii_name="rawGit")
    def raw_git(self) -> "StackRawGitOutputReference":
        return typing.cast("StackRawGitOutputReference", jsii.get(self, "rawGit"))

    @builtins.property
    @jsii.member(jsii_name="showcase")
    def showcase(self) -> "StackShowcaseOutputReference":
        return typing.cast("StackShowcaseOutputReference", jsii.get(self, "showcase"))

    @builtins.property
    @jsii.member(jsii_name="terragrunt")
    def terragrunt(self) -> "StackTerragruntOutputReference":
        return typing.cast("StackTerragruntOutputReference", jsii.get(self, "terragrunt"))

    @builtins.property
    @jsii.member(jsii_name="additionalProjectGlobsInput")
    def additional_project_globs_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "additionalProjectGlobsInput"))

    @builtins.property
    @jsii.member(jsii_name="administrativeInput")
    def administrative_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "administrativeInput"))

    @builtins.property
    @jsii.member(jsii_name="afterApplyInput")
    def after_apply_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "afterApplyInput"))

    @builtins.property
    @jsii.member(jsii_name="afterDestroyInput")
    def after_destroy_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "afterDestroyInput"))

    @builtins.property
    @jsii.member(jsii_name="afterInitInput")
    def after_init_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "afterInitInput"))

    @builtins.property
    @jsii.member(jsii_name="afterPerformInput")
    def after_perform_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "afterPerformInput"))

    @builtins.property
    @jsii.member(jsii_name="afterPlanInput")
    def after_plan_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "afterPlanInput"))

    @builtins.property
    @jsii.member(jsii_name="afterRunInput")
    def after_run_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "afterRunInput"))

    @builtins.property
    @jsii.member(jsii_name="allowRunPromotionInput")
    def allow_run_promotion_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowRunPromotionInput"))

    @builtins.property
    @jsii.member(jsii_name="ansibleInput")
    def ansible_input(self) -> typing.Optional["StackAnsible"]:
        return typing.cast(typing.Optional["StackAnsible"], jsii.get(self, "ansibleInput"))

    @builtins.property
    @jsii.member(jsii_name="autodeployInput")
    def autodeploy_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "autodeployInput"))

    @builtins.property
    @jsii.member(jsii_name="autoretryInput")
    def autoretry_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "autoretryInput"))

    @builtins.property
    @jsii.member(jsii_name="azureDevopsInput")
    def azure_devops_input(self) -> typing.Optional["StackAzureDevops"]:
        return typing.cast(typing.Optional["StackAzureDevops"], jsii.get(self, "azureDevopsInput"))

    @builtins.property
    @jsii.member(jsii_name="beforeApplyInput")
    def before_apply_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "beforeApplyInput"))

    @builtins.property
    @jsii.member(jsii_name="beforeDestroyInput")
    def before_destroy_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "beforeDestroyInput"))

    @builtins.property
    @jsii.member(jsii_name="beforeInitInput")
    def before_init_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "beforeInitInput"))

    @builtins.property
    @jsii.member(jsii_name="beforePerformInput")
    def before_perform_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "beforePerformInput"))

    @builtins.property
    @jsii.member(jsii_name="beforePlanInput")
    def before_plan_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "beforePlanInput"))

    @builtins.property
    @jsii.member(jsii_name="bitbucketCloudInput")
    def bitbucket_cloud_input(self) -> typing.Optional["StackBitbucketCloud"]:
        return typing.cast(typing.Optional["StackBitbucketCloud"], jsii.get(self, "bitbucketCloudInput"))

    @builtins.property
    @jsii.member(jsii_name="bitbucketDatacenterInput")
    def bitbucket_datacenter_input(self) -> typing.Optional["StackBitbucketDatacenter"]:
        return typing.cast(typing.Optional["StackBitbucketDatacenter"], jsii.get(self, "bitbucketDatacenterInput"))

    @builtins.property
    @jsii.member(jsii_name="branchInput")
    def branch_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "branchInput"))

    @builtins.property
    @jsii.member(jsii_name="cloudformationInput")
    def cloudformation_input(self) -> typing.Optional["StackCloudformation"]:
        return typing.cast(typing.Optional["StackCloudformation"], jsii.get(self, "cloudformationInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="enableLocalPreviewInput")
    def enable_local_preview_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableLocalPreviewInput"))

    @builtins.property
    @jsii.member(jsii_name="enableSensitiveOutputsUploadInput")
    def enable_sensitive_outputs_upload_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableSensitiveOutputsUploadInput"))

    @builtins.property
    @jsii.member(jsii_name="enableWellKnownSecretMaskingInput")
    def enable_well_known_secret_masking_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableWellKnownSecretMaskingInput"))

    @builtins.property
    @jsii.member(jsii_name="githubActionDeployInput")
    def github_action_deploy_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "githubActionDeployInput"))

    @builtins.property
    @jsii.member(jsii_name="githubEnterpriseInput")
    def github_enterprise_input(self) -> typing.Optional["StackGithubEnterprise"]:
        return typing.cast(typing.Optional["StackGithubEnterprise"], jsii.get(self, "githubEnterpriseInput"))

    @builtins.property
    @jsii.member(jsii_name="gitlabInput")
    def gitlab_input(self) -> typing.Optional["StackGitlab"]:
        return typing.cast(typing.Optional["StackGitlab"], jsii.get(self, "gitlabInput"))

    @builtins.property
    @jsii.member(jsii_name="gitSparseCheckoutPathsInput")
    def git_sparse_checkout_paths_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "gitSparseCheckoutPathsInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="importStateFileInput")
    def import_state_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "importStateFileInput"))

    @builtins.property
    @jsii.member(jsii_name="importStateInput")
    def import_state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "importStateInput"))

    @builtins.property
    @jsii.member(jsii_name="kubernetesInput")
    def kubernetes_input(self) -> typing.Optional["StackKubernetes"]:
        return typing.cast(typing.Optional["StackKubernetes"], jsii.get(self, "kubernetesInput"))

    @builtins.property
    @jsii.member(jsii_name="labelsInput")
    def labels_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "labelsInput"))

    @builtins.property
    @jsii.member(jsii_name="manageStateInput")
    def manage_state_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "manageStateInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="opentofuInput")
    def opentofu_input(self) -> typing.Optional["StackOpentofu"]:
        return typing.cast(typing.Optional["StackOpentofu"], jsii.get(self, "opentofuInput"))

    @builtins.property
    @jsii.member(jsii_name="projectRootInput")
    def project_root_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectRootInput"))

    @builtins.property
    @jsii.member(jsii_name="protectFromDeletionInput")
    def protect_from_deletion_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "protectFromDeletionInput"))

    @builtins.property
    @jsii.member(jsii_name="pulumiInput")
    def pulumi_input(self) -> typing.Optional["StackPulumi"]:
        return typing.cast(typing.Optional["StackPulumi"], jsii.get(self, "pulumiInput"))

    @builtins.property
    @jsii.member(jsii_name="rawGitInput")
    def raw_git_input(self) -> typing.Optional["StackRawGit"]:
        return typing.cast(typing.Optional["StackRawGit"], jsii.get(self, "rawGitInput"))

    @builtins.property
    @jsii.member(jsii_name="repositoryInput")
    def repository_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "repositoryInput"))

    @builtins.property
    @jsii.member(jsii_name="runnerImageInput")
    def runner_image_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "runnerImageInput"))

    @builtins.property
    @jsii.member(jsii_name="showcaseInput")
    def showcase_input(self) -> typing.Optional["StackShowcase"]:
        return typing.cast(typing.Optional["StackShowcase"], jsii.get(self, "showcaseInput"))

    @builtins.property
    @jsii.member(jsii_name="slugInput")
    def slug_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "slugInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="terraformExternalStateAccessInput")
    def terraform_external_state_access_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "terraformExternalStateAccessInput"))

    @builtins.property
    @jsii.member(jsii_name="terraformSmartSanitizationInput")
    def terraform_smart_sanitization_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "terraformSmartSanitizationInput"))

    @builtins.property
    @jsii.member(jsii_name="terraformVersionInput")
    def terraform_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "terraformVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="terraformWorkflowToolInput")
    def terraform_workflow_tool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "terraformWorkflowToolInput"))

    @builtins.property
    @jsii.member(jsii_name="terraformWorkspaceInput")
    def terraform_workspace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "terraformWorkspaceInput"))

    @builtins.property
    @jsii.member(jsii_name="terragruntInput")
    def terragrunt_input(self) -> typing.Optional["StackTerragrunt"]:
        return typing.cast(typing.Optional["StackTerragrunt"], jsii.get(self, "terragruntInput"))

    @builtins.property
    @jsii.member(jsii_name="workerPoolIdInput")
    def worker_pool_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "workerPoolIdInput"))

    @builtins.property
    @jsii.member(jsii_name="additionalProjectGlobs")
    def additional_project_globs(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "additionalProjectGlobs"))

    @additional_project_globs.setter
    def additional_project_globs(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__654aa3a26ac781a00adc9768aa2fb8a89ef61364b90c41283db16e89fd55e8c0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "additionalProjectGlobs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="administrative")
    def administrative(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "administrative"))

    @administrative.setter
    def administrative(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__12a7cff8559e4c8fbbd4275585c380b625b6fb1bd2c2498983c05c1163f9ec17)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "administrative", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="afterApply")
    def after_apply(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "afterApply"))

    @after_apply.setter
    def after_apply(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9020be6891e8d5422999204d1b5a12ed518d965c2b29928ce5d6edcdccfe8c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "afterApply", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="afterDestroy")
    def after_destroy(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "afterDestroy"))

    @after_destroy.setter
    def after_destroy(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e092cbfb1448d8f83572cd693cbb301615fa5f9b56507c2a111d2fba5f46407)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "afterDestroy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="afterInit")
    def after_init(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "afterInit"))

    @after_init.setter
    def after_init(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20deb510ab439b16feb5eaf06d3877e9cdafd0ecef51456ebd34f77a6438fb07)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "afterInit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="afterPerform")
    def after_perform(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "afterPerform"))

    @after_perform.setter
    def after_perform(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ebc5df0dee06dedfcc99c956a0811375e4ed1d20e4778ae1393504683a4fdcd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "afterPerform", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="afterPlan")
    def after_plan(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "afterPlan"))

    @after_plan.setter
    def after_plan(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__428636b87ec6235caed8d88864edd293831628441ed8af979de71a7e718c0101)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "afterPlan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="afterRun")
    def after_run(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "afterRun"))

    @after_run.setter
    def after_run(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__efb438e72502aea5370a2eedb3f448338034fb8bae26452ed76f5d0e39fb8acd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "afterRun", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="allowRunPromotion")
    def allow_run_promotion(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allowRunPromotion"))

    @allow_run_promotion.setter
    def allow_run_promotion(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8a1c65e57ab4fa9a786b9527017e18813d9f995edd3cae4fa7ecdb822a31a9a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowRunPromotion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autodeploy")
    def autodeploy(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "autodeploy"))

    @autodeploy.setter
    def autodeploy(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__faa8afd2afd2c74e5d7ad3602a1186ce5371663af3fc4cc1f620cef6009e5ace)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autodeploy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autoretry")
    def autoretry(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "autoretry"))

    @autoretry.setter
    def autoretry(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__95e0082cc230854b0ec3e8eb6bb2a56908c774630dc75fd85e38c92f7024b886)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autoretry", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="beforeApply")
    def before_apply(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "beforeApply"))

    @before_apply.setter
    def before_apply(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53ea31ea1a6e5d232a9457b272d28511a1e3d78ea845b13a326aa08efc91a878)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "beforeApply", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="beforeDestroy")
    def before_destroy(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "beforeDestroy"))

    @before_destroy.setter
    def before_destroy(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__966cba71dc28dcbd733d3409a3abfab14cba7ef2ea4650f09b7d7dcc77dd4b6c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "beforeDestroy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="beforeInit")
    def before_init(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "beforeInit"))

    @before_init.setter
    def before_init(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e0554bc8615f8151668c8ebf6876810adc15bed066c92eff164c3f7336788d54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "beforeInit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="beforePerform")
    def before_perform(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "beforePerform"))

    @before_perform.setter
    def before_perform(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd1ac7406b2d001f48d903e86b64a5d016b4cd7d17cb0c61e100cc88c3a5d833)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "beforePerform", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="beforePlan")
    def before_plan(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "beforePlan"))

    @before_plan.setter
    def before_plan(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0877d8230763e9b711543e149f2178af1447c10f45af9bc0716455ec7e81274f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "beforePlan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="branch")
    def branch(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "branch"))

    @branch.setter
    def branch(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__75251bef0f90459233df0fd6e48164606bdbee6fc9285c49076153d91ea5cb42)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "branch", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e484249544087bcb09a694fd97081e214204a63c016d959ab81dc79c8771ae9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableLocalPreview")
    def enable_local_preview(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableLocalPreview"))

    @enable_local_preview.setter
    def enable_local_preview(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07947a65a112cfe3ca678fa57fe13e938ef3dc50241c3244921686b35e57c7ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableLocalPreview", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableSensitiveOutputsUpload")
    def enable_sensitive_outputs_upload(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableSensitiveOutputsUpload"))

    @enable_sensitive_outputs_upload.setter
    def enable_sensitive_outputs_upload(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__012441aa0f64c3f3b74e601f7f73fccf9970fb444dedbd5f4c1adaed2fede460)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableSensitiveOutputsUpload", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableWellKnownSecretMasking")
    def enable_well_known_secret_masking(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableWellKnownSecretMasking"))

    @enable_well_known_secret_masking.setter
    def enable_well_known_secret_masking(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8e43f953a80b0fc191018148e43d9f26a108dfb3b35461d3e154ad704224888)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableWellKnownSecretMasking", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="githubActionDeploy")
    def github_action_deploy(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "githubActionDeploy"))

    @github_action_deploy.setter
    def github_action_deploy(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4674f190cc5d321bf39219c160fcb6c7570863908e90f3ff21dfad3001f69b1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "githubActionDeploy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitSparseCheckoutPaths")
    def git_sparse_checkout_paths(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "gitSparseCheckoutPaths"))

    @git_sparse_checkout_paths.setter
    def git_sparse_checkout_paths(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__18ce35a69297a95b0e04f8d5c55fbf279de9ed160ae01dd400fbd59289c7b832)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitSparseCheckoutPaths", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9de51e32a43da7b00f91ccc69cde513607fba9651bd9205009fb560431662f70)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="importState")
    def import_state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "importState"))

    @import_state.setter
    def import_state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37185e42e83cc325ae005a67b2db75d92776fe986ae74faa756ddf1320ebc339)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "importState", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="importStateFile")
    def import_state_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "importStateFile"))

    @import_state_file.setter
    def import_state_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__55ecc7c46fcf7d9507ace9ed1fedfa849bed8a02ede8ae18de8305ab213c6a33)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "importStateFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="labels")
    def labels(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "labels"))

    @labels.setter
    def labels(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3ea27d79aaeb14543e77bb232af554f6976c5522aba2a379fb255656005f5ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "labels", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="manageState")
    def manage_state(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "manageState"))

    @manage_state.setter
    def manage_state(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0cf5355a4b3a26a77b984231288dcbd79fa57093ea80f390992fa0490b6581e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "manageState", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d554cb2e3ad78d8f94d07c1b0db6bfa5ecddb809a278d03e32b98816b05e7cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectRoot")
    def project_root(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "projectRoot"))

    @project_root.setter
    def project_root(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7078a3c4e8676895f463d1a295e7b8e23363b24902b7a70604a78c69ec498c90)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectRoot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protectFromDeletion")
    def protect_from_deletion(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "protectFromDeletion"))

    @protect_from_deletion.setter
    def protect_from_deletion(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3bf3abc15448436dfe01d036c30aea7e672c590b8eb893ff5df86b69b25dd078)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protectFromDeletion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="repository")
    def repository(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "repository"))

    @repository.setter
    def repository(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71b4e1914f8c2a17e8b93c454a22737755383900e2771113e776754e7ecd4b54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "repository", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="runnerImage")
    def runner_image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "runnerImage"))

    @runner_image.setter
    def runner_image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6ca26cceb9ef8f0083813a73a1a78fe3faaa25c5ec0aace5198579466a717184)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runnerImage", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slug")
    def slug(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slug"))

    @slug.setter
    def slug(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ad982329cca42a4fc5c0f5b7db387d3de51b6bd1d26a93dbdea6075bd731c9c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slug", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db93639b560081306d59c9f11fcb0803284228984161ab626b62c0145a9ab5fd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformExternalStateAccess")
    def terraform_external_state_access(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "terraformExternalStateAccess"))

    @terraform_external_state_access.setter
    def terraform_external_state_access(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__60fab3af2ad2dc996bc95000122ea5fdb18ba7533c392cc2b36bc24e012f9053)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformExternalStateAccess", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformSmartSanitization")
    def terraform_smart_sanitization(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "terraformSmartSanitization"))

    @terraform_smart_sanitization.setter
    def terraform_smart_sanitization(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d03573e24396c139f74d6e99c0f762061273e06adf807e1d280b5f8749afcf4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformSmartSanitization", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformVersion")
    def terraform_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "terraformVersion"))

    @terraform_version.setter
    def terraform_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd62eb906a586dbbbe7219c459387dab3abf356d23e6fddac45f1ba737b452ce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformWorkflowTool")
    def terraform_workflow_tool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "terraformWorkflowTool"))

    @terraform_workflow_tool.setter
    def terraform_workflow_tool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a15aee30755700a9eda608f9164403ccd77c73484389e02f0c9d21245e41861)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformWorkflowTool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformWorkspace")
    def terraform_workspace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "terraformWorkspace"))

    @terraform_workspace.setter
    def terraform_workspace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1551319463cb7fbf7c0fe4a7ddfc6ba10d6842b909a770eddba31be7c9a3a15d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformWorkspace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workerPoolId")
    def worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workerPoolId"))

    @worker_pool_id.setter
    def worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__408da2d5002c93146e2003f9d169be4beec5963ae63bcac67d912b26c1f52411)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workerPoolId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackAnsible",
    jsii_struct_bases=[],
    name_mapping={"playbook": "playbook"},
)
class StackAnsible:
    def __init__(self, *, playbook: builtins.str) -> None:
        '''
        :param playbook: The playbook Ansible should run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#playbook Stack#playbook}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b31750a4d0b2cf6e8c9633d79c6f8907b28a2912e2a8d2e26aba387ef2a24692)
            check_type(argname="argument playbook", value=playbook, expected_type=type_hints["playbook"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "playbook": playbook,
        }

    @builtins.property
    def playbook(self) -> builtins.str:
        '''The playbook Ansible should run.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#playbook Stack#playbook}
        '''
        result = self._values.get("playbook")
        assert result is not None, "Required property 'playbook' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackAnsible(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackAnsibleOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackAnsibleOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__40154b702d4ea56397237fb6947deee5ec0905982a879642bc002ed4f1e6a4e0)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="playbookInput")
    def playbook_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "playbookInput"))

    @builtins.property
    @jsii.member(jsii_name="playbook")
    def playbook(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "playbook"))

    @playbook.setter
    def playbook(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e09e5e27a7b51f32a6970b33244e56daaa22f71763404fc0709d341f9f4a4794)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "playbook", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackAnsible]:
        return typing.cast(typing.Optional[StackAnsible], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackAnsible]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd8c89b78e1fc00c375104af25f6106d5774343bef85d0f7589b509ba712e833)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackAzureDevops",
    jsii_struct_bases=[],
    name_mapping={"project": "project", "id": "id"},
)
class StackAzureDevops:
    def __init__(
        self,
        *,
        project: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param project: The name of the Azure DevOps project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#project Stack#project}
        :param id: The ID of the Azure Devops integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a2022c938be0703aea25e09ab367661085561c475c962156ed85cb49474192ad)
            check_type(argname="argument project", value=project, expected_type=type_hints["project"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "project": project,
        }
        if id is not None:
            self._values["id"] = id

    @builtins.property
    def project(self) -> builtins.str:
        '''The name of the Azure DevOps project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#project Stack#project}
        '''
        result = self._values.get("project")
        assert result is not None, "Required property 'project' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The ID of the Azure Devops integration. If not specified, the default integration will be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackAzureDevops(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackAzureDevopsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackAzureDevopsOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a00ee091df2e759c2c11d63477cd431f18cebd024906e1fbd0539506c6589914)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @builtins.property
    @jsii.member(jsii_name="isDefault")
    def is_default(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isDefault"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="projectInput")
    def project_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectInput"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07b93a20433cae4091d5e1142827bb07bb7e74622e976d0b3ab387d4ca1f2bb9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5c265f6b8722f9abff2ef651d03d19b9084a5cf4a4610aa11892eb1d89b0ec5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackAzureDevops]:
        return typing.cast(typing.Optional[StackAzureDevops], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackAzureDevops]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e155d021f1284962d18e42770d4bcb4337b11270aa40f5d9bd3c6d71ee46481)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackBitbucketCloud",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "id": "id"},
)
class StackBitbucketCloud:
    def __init__(
        self,
        *,
        namespace: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param namespace: The Bitbucket project containing the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param id: The ID of the Bitbucket Cloud integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__35e49849768c6cc1435baea0e84d4b2f7b0ca99e327ec9cd45981f0722e963f7)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "namespace": namespace,
        }
        if id is not None:
            self._values["id"] = id

    @builtins.property
    def namespace(self) -> builtins.str:
        '''The Bitbucket project containing the repository.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        '''
        result = self._values.get("namespace")
        assert result is not None, "Required property 'namespace' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The ID of the Bitbucket Cloud integration. If not specified, the default integration will be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackBitbucketCloud(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackBitbucketCloudOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackBitbucketCloudOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c9e4f1d272ef3db8d36961999fbcce177ac7a2500f6e7b97a1ed1c38057e024)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @builtins.property
    @jsii.member(jsii_name="isDefault")
    def is_default(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isDefault"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d3b7f1575b320c21c7bd5e1ed5fd96fbb81e73c52c52f413a71c38c122780219)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e5945126a0ed865568eca7088c5a84c4820750296d844e252001faf77c427aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackBitbucketCloud]:
        return typing.cast(typing.Optional[StackBitbucketCloud], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackBitbucketCloud]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ae07b5dfc14c8c81539c08a382ed7a77f8897f5cfee10f2c3287cb2ffbdbea0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackBitbucketDatacenter",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "id": "id"},
)
class StackBitbucketDatacenter:
    def __init__(
        self,
        *,
        namespace: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param namespace: The Bitbucket project containing the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param id: The ID of the Bitbucket Datacenter integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4363c76e2d8e219ed7671dd1da29347d1746f8d59466216cf79cbe81946bafdf)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "namespace": namespace,
        }
        if id is not None:
            self._values["id"] = id

    @builtins.property
    def namespace(self) -> builtins.str:
        '''The Bitbucket project containing the repository.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        '''
        result = self._values.get("namespace")
        assert result is not None, "Required property 'namespace' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The ID of the Bitbucket Datacenter integration. If not specified, the default integration will be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackBitbucketDatacenter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackBitbucketDatacenterOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackBitbucketDatacenterOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e12fc33fdfbf52bf2022d7c47ceeea7fef2576843474f5915851e4cf05bfdd52)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @builtins.property
    @jsii.member(jsii_name="isDefault")
    def is_default(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isDefault"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__298d80f5b04c733ac6235c531fb5e0ec5d0244ac8142d0f0f7f477486a69b9d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99cee3a864107888e64709f3f56c59a0c7b2f1fbc863b77d71b717976bc0d58f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackBitbucketDatacenter]:
        return typing.cast(typing.Optional[StackBitbucketDatacenter], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackBitbucketDatacenter]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__849545c5f24a222fc017e9e0a387e643ea4b344f3ffc72c8d58adfb679bea94e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackCloudformation",
    jsii_struct_bases=[],
    name_mapping={
        "entry_template_file": "entryTemplateFile",
        "region": "region",
        "stack_name": "stackName",
        "template_bucket": "templateBucket",
    },
)
class StackCloudformation:
    def __init__(
        self,
        *,
        entry_template_file: builtins.str,
        region: builtins.str,
        stack_name: builtins.str,
        template_bucket: builtins.str,
    ) -> None:
        '''
        :param entry_template_file: Template file ``cloudformation package`` will be called on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#entry_template_file Stack#entry_template_file}
        :param region: AWS region to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#region Stack#region}
        :param stack_name: CloudFormation stack name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#stack_name Stack#stack_name}
        :param template_bucket: S3 bucket to save CloudFormation templates to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#template_bucket Stack#template_bucket}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__da4bb15bc2974bb98d3b5bc04c44e2d141fc780dd1382b09453fae38b83f0bc7)
            check_type(argname="argument entry_template_file", value=entry_template_file, expected_type=type_hints["entry_template_file"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument stack_name", value=stack_name, expected_type=type_hints["stack_name"])
            check_type(argname="argument template_bucket", value=template_bucket, expected_type=type_hints["template_bucket"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "entry_template_file": entry_template_file,
            "region": region,
            "stack_name": stack_name,
            "template_bucket": template_bucket,
        }

    @builtins.property
    def entry_template_file(self) -> builtins.str:
        '''Template file ``cloudformation package`` will be called on.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#entry_template_file Stack#entry_template_file}
        '''
        result = self._values.get("entry_template_file")
        assert result is not None, "Required property 'entry_template_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def region(self) -> builtins.str:
        '''AWS region to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#region Stack#region}
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def stack_name(self) -> builtins.str:
        '''CloudFormation stack name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#stack_name Stack#stack_name}
        '''
        result = self._values.get("stack_name")
        assert result is not None, "Required property 'stack_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_bucket(self) -> builtins.str:
        '''S3 bucket to save CloudFormation templates to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#template_bucket Stack#template_bucket}
        '''
        result = self._values.get("template_bucket")
        assert result is not None, "Required property 'template_bucket' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackCloudformation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackCloudformationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackCloudformationOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0a6d5ec486bf6da80cdfbe9b217c6eb2de7668339531f1c34150f5abadf8b348)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="entryTemplateFileInput")
    def entry_template_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "entryTemplateFileInput"))

    @builtins.property
    @jsii.member(jsii_name="regionInput")
    def region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "regionInput"))

    @builtins.property
    @jsii.member(jsii_name="stackNameInput")
    def stack_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stackNameInput"))

    @builtins.property
    @jsii.member(jsii_name="templateBucketInput")
    def template_bucket_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "templateBucketInput"))

    @builtins.property
    @jsii.member(jsii_name="entryTemplateFile")
    def entry_template_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "entryTemplateFile"))

    @entry_template_file.setter
    def entry_template_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__41b6143675059e2215a5bf9706f0dd069d5da63f7211a387dbdf68b5a387ca18)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "entryTemplateFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71db394ac80fb8775b9dd84f6fd7122e2cd1d0ed9ba703b2e0ed42a658d9ca53)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="stackName")
    def stack_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "stackName"))

    @stack_name.setter
    def stack_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff98c66704cccb4b31610d7f493941157501f79691cdcfe4f45be86d67280651)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "stackName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="templateBucket")
    def template_bucket(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "templateBucket"))

    @template_bucket.setter
    def template_bucket(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a12c3214ad9ca7928a356fcc500a0024f37c39ee6e6bab04841c890f5db97620)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "templateBucket", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackCloudformation]:
        return typing.cast(typing.Optional[StackCloudformation], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackCloudformation]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__abcc7b35a365f189312ed133319b47f5058586746ce54efd788a151eeeecb265)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "branch": "branch",
        "name": "name",
        "repository": "repository",
        "additional_project_globs": "additionalProjectGlobs",
        "administrative": "administrative",
        "after_apply": "afterApply",
        "after_destroy": "afterDestroy",
        "after_init": "afterInit",
        "after_perform": "afterPerform",
        "after_plan": "afterPlan",
        "after_run": "afterRun",
        "allow_run_promotion": "allowRunPromotion",
        "ansible": "ansible",
        "autodeploy": "autodeploy",
        "autoretry": "autoretry",
        "azure_devops": "azureDevops",
        "before_apply": "beforeApply",
        "before_destroy": "beforeDestroy",
        "before_init": "beforeInit",
        "before_perform": "beforePerform",
        "before_plan": "beforePlan",
        "bitbucket_cloud": "bitbucketCloud",
        "bitbucket_datacenter": "bitbucketDatacenter",
        "cloudformation": "cloudformation",
        "description": "description",
        "enable_local_preview": "enableLocalPreview",
        "enable_sensitive_outputs_upload": "enableSensitiveOutputsUpload",
        "enable_well_known_secret_masking": "enableWellKnownSecretMasking",
        "github_action_deploy": "githubActionDeploy",
        "github_enterprise": "githubEnterprise",
        "gitlab": "gitlab",
        "git_sparse_checkout_paths": "gitSparseCheckoutPaths",
        "id": "id",
        "import_state": "importState",
        "import_state_file": "importStateFile",
        "kubernetes": "kubernetes",
        "labels": "labels",
        "manage_state": "manageState",
        "opentofu": "opentofu",
        "project_root": "projectRoot",
        "protect_from_deletion": "protectFromDeletion",
        "pulumi": "pulumi",
        "raw_git": "rawGit",
        "runner_image": "runnerImage",
        "showcase": "showcase",
        "slug": "slug",
        "space_id": "spaceId",
        "terraform_external_state_access": "terraformExternalStateAccess",
        "terraform_smart_sanitization": "terraformSmartSanitization",
        "terraform_version": "terraformVersion",
        "terraform_workflow_tool": "terraformWorkflowTool",
        "terraform_workspace": "terraformWorkspace",
        "terragrunt": "terragrunt",
        "worker_pool_id": "workerPoolId",
    },
)
class StackConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        branch: builtins.str,
        name: builtins.str,
        repository: builtins.str,
        additional_project_globs: typing.Optional[typing.Sequence[builtins.str]] = None,
        administrative: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        after_apply: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_destroy: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_init: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_perform: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_plan: typing.Optional[typing.Sequence[builtins.str]] = None,
        after_run: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_run_promotion: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        ansible: typing.Optional[typing.Union[StackAnsible, typing.Dict[builtins.str, typing.Any]]] = None,
        autodeploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        autoretry: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        azure_devops: typing.Optional[typing.Union[StackAzureDevops, typing.Dict[builtins.str, typing.Any]]] = None,
        before_apply: typing.Optional[typing.Sequence[builtins.str]] = None,
        before_destroy: typing.Optional[typing.Sequence[builtins.str]] = None,
        before_init: typing.Optional[typing.Sequence[builtins.str]] = None,
        before_perform: typing.Optional[typing.Sequence[builtins.str]] = None,
        before_plan: typing.Optional[typing.Sequence[builtins.str]] = None,
        bitbucket_cloud: typing.Optional[typing.Union[StackBitbucketCloud, typing.Dict[builtins.str, typing.Any]]] = None,
        bitbucket_datacenter: typing.Optional[typing.Union[StackBitbucketDatacenter, typing.Dict[builtins.str, typing.Any]]] = None,
        cloudformation: typing.Optional[typing.Union[StackCloudformation, typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        enable_local_preview: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_sensitive_outputs_upload: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_well_known_secret_masking: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        github_action_deploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        github_enterprise: typing.Optional[typing.Union["StackGithubEnterprise", typing.Dict[builtins.str, typing.Any]]] = None,
        gitlab: typing.Optional[typing.Union["StackGitlab", typing.Dict[builtins.str, typing.Any]]] = None,
        git_sparse_checkout_paths: typing.Optional[typing.Sequence[builtins.str]] = None,
        id: typing.Optional[builtins.str] = None,
        import_state: typing.Optional[builtins.str] = None,
        import_state_file: typing.Optional[builtins.str] = None,
        kubernetes: typing.Optional[typing.Union["StackKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
        labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        manage_state: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        opentofu: typing.Optional[typing.Union["StackOpentofu", typing.Dict[builtins.str, typing.Any]]] = None,
        project_root: typing.Optional[builtins.str] = None,
        protect_from_deletion: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        pulumi: typing.Optional[typing.Union["StackPulumi", typing.Dict[builtins.str, typing.Any]]] = None,
        raw_git: typing.Optional[typing.Union["StackRawGit", typing.Dict[builtins.str, typing.Any]]] = None,
        runner_image: typing.Optional[builtins.str] = None,
        showcase: typing.Optional[typing.Union["StackShowcase", typing.Dict[builtins.str, typing.Any]]] = None,
        slug: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        terraform_external_state_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        terraform_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        terraform_version: typing.Optional[builtins.str] = None,
        terraform_workflow_tool: typing.Optional[builtins.str] = None,
        terraform_workspace: typing.Optional[builtins.str] = None,
        terragrunt: typing.Optional[typing.Union["StackTerragrunt", typing.Dict[builtins.str, typing.Any]]] = None,
        worker_pool_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param branch: Git branch to apply changes to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#branch Stack#branch}
        :param name: Name of the stack - should be unique in one account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#name Stack#name}
        :param repository: Name of the repository, without the owner part. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#repository Stack#repository}
        :param additional_project_globs: Project globs is an optional list of paths to track changes of in addition to the project root. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#additional_project_globs Stack#additional_project_globs}
        :param administrative: Indicates whether this stack can manage others. Defaults to ``false``. This field will be removed in a future version. Use ``spacelift_role_attachment`` resource to manage stack permissions. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#administrative Stack#administrative}
        :param after_apply: List of after-apply scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_apply Stack#after_apply}
        :param after_destroy: List of after-destroy scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_destroy Stack#after_destroy}
        :param after_init: List of after-init scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_init Stack#after_init}
        :param after_perform: List of after-perform scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_perform Stack#after_perform}
        :param after_plan: List of after-plan scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_plan Stack#after_plan}
        :param after_run: List of after-run scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_run Stack#after_run}
        :param allow_run_promotion: Indicates whether a proposed run can be promoted to a tracked run. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#allow_run_promotion Stack#allow_run_promotion}
        :param ansible: ansible block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#ansible Stack#ansible}
        :param autodeploy: Indicates whether changes to this stack can be automatically deployed. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#autodeploy Stack#autodeploy}
        :param autoretry: Indicates whether obsolete proposed changes should automatically be retried. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#autoretry Stack#autoretry}
        :param azure_devops: azure_devops block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#azure_devops Stack#azure_devops}
        :param before_apply: List of before-apply scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_apply Stack#before_apply}
        :param before_destroy: List of before-destroy scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_destroy Stack#before_destroy}
        :param before_init: List of before-init scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_init Stack#before_init}
        :param before_perform: List of before-perform scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_perform Stack#before_perform}
        :param before_plan: List of before-plan scripts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_plan Stack#before_plan}
        :param bitbucket_cloud: bitbucket_cloud block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#bitbucket_cloud Stack#bitbucket_cloud}
        :param bitbucket_datacenter: bitbucket_datacenter block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#bitbucket_datacenter Stack#bitbucket_datacenter}
        :param cloudformation: cloudformation block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#cloudformation Stack#cloudformation}
        :param description: Free-form stack description for users. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#description Stack#description}
        :param enable_local_preview: Indicates whether local preview runs can be triggered on this Stack. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_local_preview Stack#enable_local_preview}
        :param enable_sensitive_outputs_upload: Indicates whether sensitive outputs created by this stack can be uploaded to Spacelift to be used by Stack Dependency references. Triggered only when corresponding option is enabled on the Worker Pool used by the Stack as well. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_sensitive_outputs_upload Stack#enable_sensitive_outputs_upload}
        :param enable_well_known_secret_masking: Indicates whether well-known secret masking is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_well_known_secret_masking Stack#enable_well_known_secret_masking}
        :param github_action_deploy: Use ``allow_run_promotion`` instead. Indicates whether GitHub users can promote proposed runs to tracked runs from the Checks API. This is called allow run promotion in the UI. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#github_action_deploy Stack#github_action_deploy}
        :param github_enterprise: github_enterprise block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#github_enterprise Stack#github_enterprise}
        :param gitlab: gitlab block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#gitlab Stack#gitlab}
        :param git_sparse_checkout_paths: Git sparse checkout paths is an optional list of paths to use for sparse checkout. If not set, the entire repository will be checked out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#git_sparse_checkout_paths Stack#git_sparse_checkout_paths}
        :param id: The ID of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param import_state: State file to upload when creating a new stack. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#import_state Stack#import_state}
        :param import_state_file: Path to the state file to upload when creating a new stack. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#import_state_file Stack#import_state_file}
        :param kubernetes: kubernetes block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubernetes Stack#kubernetes}
        :param labels: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#labels Stack#labels}.
        :param manage_state: Determines if Spacelift should manage state for this stack. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#manage_state Stack#manage_state}
        :param opentofu: opentofu block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#opentofu Stack#opentofu}
        :param project_root: Project root is the optional directory relative to the workspace root containing the entrypoint to the Stack. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#project_root Stack#project_root}
        :param protect_from_deletion: Protect this stack from accidental deletion. If set, attempts to delete this stack will fail. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#protect_from_deletion Stack#protect_from_deletion}
        :param pulumi: pulumi block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#pulumi Stack#pulumi}
        :param raw_git: raw_git block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#raw_git Stack#raw_git}
        :param runner_image: Name of the Docker image used to process Runs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#runner_image Stack#runner_image}
        :param showcase: showcase block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#showcase Stack#showcase}
        :param slug: Allows setting the custom ID (slug) for the stack. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#slug Stack#slug}
        :param space_id: ID (slug) of the space the stack is in. Defaults to ``legacy`` if it exists, otherwise ``root``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#space_id Stack#space_id}
        :param terraform_external_state_access: Indicates whether you can access the Stack state file from other stacks or outside of Spacelift. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_external_state_access Stack#terraform_external_state_access}
        :param terraform_smart_sanitization: Indicates whether runs on this will use terraform's sensitive value system to sanitize the outputs of Terraform state and plans in spacelift instead of sanitizing all fields. Note: Requires the terraform version to be v1.0.1 or above. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_smart_sanitization Stack#terraform_smart_sanitization}
        :param terraform_version: Terraform version to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_version Stack#terraform_version}
        :param terraform_workflow_tool: Defines the tool that will be used to execute the workflow. This can be one of ``OPEN_TOFU``, ``TERRAFORM_FOSS`` or ``CUSTOM``. Defaults to ``TERRAFORM_FOSS``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_workflow_tool Stack#terraform_workflow_tool}
        :param terraform_workspace: Terraform workspace to select. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_workspace Stack#terraform_workspace}
        :param terragrunt: terragrunt block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terragrunt Stack#terragrunt}
        :param worker_pool_id: ID of the worker pool to use. NOTE: worker_pool_id is required when using a self-hosted instance of Spacelift. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#worker_pool_id Stack#worker_pool_id}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(ansible, dict):
            ansible = StackAnsible(**ansible)
        if isinstance(azure_devops, dict):
            azure_devops = StackAzureDevops(**azure_devops)
        if isinstance(bitbucket_cloud, dict):
            bitbucket_cloud = StackBitbucketCloud(**bitbucket_cloud)
        if isinstance(bitbucket_datacenter, dict):
            bitbucket_datacenter = StackBitbucketDatacenter(**bitbucket_datacenter)
        if isinstance(cloudformation, dict):
            cloudformation = StackCloudformation(**cloudformation)
        if isinstance(github_enterprise, dict):
            github_enterprise = StackGithubEnterprise(**github_enterprise)
        if isinstance(gitlab, dict):
            gitlab = StackGitlab(**gitlab)
        if isinstance(kubernetes, dict):
            kubernetes = StackKubernetes(**kubernetes)
        if isinstance(opentofu, dict):
            opentofu = StackOpentofu(**opentofu)
        if isinstance(pulumi, dict):
            pulumi = StackPulumi(**pulumi)
        if isinstance(raw_git, dict):
            raw_git = StackRawGit(**raw_git)
        if isinstance(showcase, dict):
            showcase = StackShowcase(**showcase)
        if isinstance(terragrunt, dict):
            terragrunt = StackTerragrunt(**terragrunt)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a7e766eb3df0b54e6197aa833d5e606fecad00f56804d6c9873ddf2030db6ef5)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument branch", value=branch, expected_type=type_hints["branch"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument additional_project_globs", value=additional_project_globs, expected_type=type_hints["additional_project_globs"])
            check_type(argname="argument administrative", value=administrative, expected_type=type_hints["administrative"])
            check_type(argname="argument after_apply", value=after_apply, expected_type=type_hints["after_apply"])
            check_type(argname="argument after_destroy", value=after_destroy, expected_type=type_hints["after_destroy"])
            check_type(argname="argument after_init", value=after_init, expected_type=type_hints["after_init"])
            check_type(argname="argument after_perform", value=after_perform, expected_type=type_hints["after_perform"])
            check_type(argname="argument after_plan", value=after_plan, expected_type=type_hints["after_plan"])
            check_type(argname="argument after_run", value=after_run, expected_type=type_hints["after_run"])
            check_type(argname="argument allow_run_promotion", value=allow_run_promotion, expected_type=type_hints["allow_run_promotion"])
            check_type(argname="argument ansible", value=ansible, expected_type=type_hints["ansible"])
            check_type(argname="argument autodeploy", value=autodeploy, expected_type=type_hints["autodeploy"])
            check_type(argname="argument autoretry", value=autoretry, expected_type=type_hints["autoretry"])
            check_type(argname="argument azure_devops", value=azure_devops, expected_type=type_hints["azure_devops"])
            check_type(argname="argument before_apply", value=before_apply, expected_type=type_hints["before_apply"])
            check_type(argname="argument before_destroy", value=before_destroy, expected_type=type_hints["before_destroy"])
            check_type(argname="argument before_init", value=before_init, expected_type=type_hints["before_init"])
            check_type(argname="argument before_perform", value=before_perform, expected_type=type_hints["before_perform"])
            check_type(argname="argument before_plan", value=before_plan, expected_type=type_hints["before_plan"])
            check_type(argname="argument bitbucket_cloud", value=bitbucket_cloud, expected_type=type_hints["bitbucket_cloud"])
            check_type(argname="argument bitbucket_datacenter", value=bitbucket_datacenter, expected_type=type_hints["bitbucket_datacenter"])
            check_type(argname="argument cloudformation", value=cloudformation, expected_type=type_hints["cloudformation"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument enable_local_preview", value=enable_local_preview, expected_type=type_hints["enable_local_preview"])
            check_type(argname="argument enable_sensitive_outputs_upload", value=enable_sensitive_outputs_upload, expected_type=type_hints["enable_sensitive_outputs_upload"])
            check_type(argname="argument enable_well_known_secret_masking", value=enable_well_known_secret_masking, expected_type=type_hints["enable_well_known_secret_masking"])
            check_type(argname="argument github_action_deploy", value=github_action_deploy, expected_type=type_hints["github_action_deploy"])
            check_type(argname="argument github_enterprise", value=github_enterprise, expected_type=type_hints["github_enterprise"])
            check_type(argname="argument gitlab", value=gitlab, expected_type=type_hints["gitlab"])
            check_type(argname="argument git_sparse_checkout_paths", value=git_sparse_checkout_paths, expected_type=type_hints["git_sparse_checkout_paths"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument import_state", value=import_state, expected_type=type_hints["import_state"])
            check_type(argname="argument import_state_file", value=import_state_file, expected_type=type_hints["import_state_file"])
            check_type(argname="argument kubernetes", value=kubernetes, expected_type=type_hints["kubernetes"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument manage_state", value=manage_state, expected_type=type_hints["manage_state"])
            check_type(argname="argument opentofu", value=opentofu, expected_type=type_hints["opentofu"])
            check_type(argname="argument project_root", value=project_root, expected_type=type_hints["project_root"])
            check_type(argname="argument protect_from_deletion", value=protect_from_deletion, expected_type=type_hints["protect_from_deletion"])
            check_type(argname="argument pulumi", value=pulumi, expected_type=type_hints["pulumi"])
            check_type(argname="argument raw_git", value=raw_git, expected_type=type_hints["raw_git"])
            check_type(argname="argument runner_image", value=runner_image, expected_type=type_hints["runner_image"])
            check_type(argname="argument showcase", value=showcase, expected_type=type_hints["showcase"])
            check_type(argname="argument slug", value=slug, expected_type=type_hints["slug"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument terraform_external_state_access", value=terraform_external_state_access, expected_type=type_hints["terraform_external_state_access"])
            check_type(argname="argument terraform_smart_sanitization", value=terraform_smart_sanitization, expected_type=type_hints["terraform_smart_sanitization"])
            check_type(argname="argument terraform_version", value=terraform_version, expected_type=type_hints["terraform_version"])
            check_type(argname="argument terraform_workflow_tool", value=terraform_workflow_tool, expected_type=type_hints["terraform_workflow_tool"])
            check_type(argname="argument terraform_workspace", value=terraform_workspace, expected_type=type_hints["terraform_workspace"])
            check_type(argname="argument terragrunt", value=terragrunt, expected_type=type_hints["terragrunt"])
            check_type(argname="argument worker_pool_id", value=worker_pool_id, expected_type=type_hints["worker_pool_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "branch": branch,
            "name": name,
            "repository": repository,
        }
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if additional_project_globs is not None:
            self._values["additional_project_globs"] = additional_project_globs
        if administrative is not None:
            self._values["administrative"] = administrative
        if after_apply is not None:
            self._values["after_apply"] = after_apply
        if after_destroy is not None:
            self._values["after_destroy"] = after_destroy
        if after_init is not None:
            self._values["after_init"] = after_init
        if after_perform is not None:
            self._values["after_perform"] = after_perform
        if after_plan is not None:
            self._values["after_plan"] = after_plan
        if after_run is not None:
            self._values["after_run"] = after_run
        if allow_run_promotion is not None:
            self._values["allow_run_promotion"] = allow_run_promotion
        if ansible is not None:
            self._values["ansible"] = ansible
        if autodeploy is not None:
            self._values["autodeploy"] = autodeploy
        if autoretry is not None:
            self._values["autoretry"] = autoretry
        if azure_devops is not None:
            self._values["azure_devops"] = azure_devops
        if before_apply is not None:
            self._values["before_apply"] = before_apply
        if before_destroy is not None:
            self._values["before_destroy"] = before_destroy
        if before_init is not None:
            self._values["before_init"] = before_init
        if before_perform is not None:
            self._values["before_perform"] = before_perform
        if before_plan is not None:
            self._values["before_plan"] = before_plan
        if bitbucket_cloud is not None:
            self._values["bitbucket_cloud"] = bitbucket_cloud
        if bitbucket_datacenter is not None:
            self._values["bitbucket_datacenter"] = bitbucket_datacenter
        if cloudformation is not None:
            self._values["cloudformation"] = cloudformation
        if description is not None:
            self._values["description"] = description
        if enable_local_preview is not None:
            self._values["enable_local_preview"] = enable_local_preview
        if enable_sensitive_outputs_upload is not None:
            self._values["enable_sensitive_outputs_upload"] = enable_sensitive_outputs_upload
        if enable_well_known_secret_masking is not None:
            self._values["enable_well_known_secret_masking"] = enable_well_known_secret_masking
        if github_action_deploy is not None:
            self._values["github_action_deploy"] = github_action_deploy
        if github_enterprise is not None:
            self._values["github_enterprise"] = github_enterprise
        if gitlab is not None:
            self._values["gitlab"] = gitlab
        if git_sparse_checkout_paths is not None:
            self._values["git_sparse_checkout_paths"] = git_sparse_checkout_paths
        if id is not None:
            self._values["id"] = id
        if import_state is not None:
            self._values["import_state"] = import_state
        if import_state_file is not None:
            self._values["import_state_file"] = import_state_file
        if kubernetes is not None:
            self._values["kubernetes"] = kubernetes
        if labels is not None:
            self._values["labels"] = labels
        if manage_state is not None:
            self._values["manage_state"] = manage_state
        if opentofu is not None:
            self._values["opentofu"] = opentofu
        if project_root is not None:
            self._values["project_root"] = project_root
        if protect_from_deletion is not None:
            self._values["protect_from_deletion"] = protect_from_deletion
        if pulumi is not None:
            self._values["pulumi"] = pulumi
        if raw_git is not None:
            self._values["raw_git"] = raw_git
        if runner_image is not None:
            self._values["runner_image"] = runner_image
        if showcase is not None:
            self._values["showcase"] = showcase
        if slug is not None:
            self._values["slug"] = slug
        if space_id is not None:
            self._values["space_id"] = space_id
        if terraform_external_state_access is not None:
            self._values["terraform_external_state_access"] = terraform_external_state_access
        if terraform_smart_sanitization is not None:
            self._values["terraform_smart_sanitization"] = terraform_smart_sanitization
        if terraform_version is not None:
            self._values["terraform_version"] = terraform_version
        if terraform_workflow_tool is not None:
            self._values["terraform_workflow_tool"] = terraform_workflow_tool
        if terraform_workspace is not None:
            self._values["terraform_workspace"] = terraform_workspace
        if terragrunt is not None:
            self._values["terragrunt"] = terragrunt
        if worker_pool_id is not None:
            self._values["worker_pool_id"] = worker_pool_id

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def branch(self) -> builtins.str:
        '''Git branch to apply changes to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#branch Stack#branch}
        '''
        result = self._values.get("branch")
        assert result is not None, "Required property 'branch' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the stack - should be unique in one account.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#name Stack#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def repository(self) -> builtins.str:
        '''Name of the repository, without the owner part.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#repository Stack#repository}
        '''
        result = self._values.get("repository")
        assert result is not None, "Required property 'repository' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def additional_project_globs(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Project globs is an optional list of paths to track changes of in addition to the project root.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#additional_project_globs Stack#additional_project_globs}
        '''
        result = self._values.get("additional_project_globs")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def administrative(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether this stack can manage others.

        Defaults to ``false``. This field will be removed in a future version. Use ``spacelift_role_attachment`` resource to manage stack permissions.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#administrative Stack#administrative}
        '''
        result = self._values.get("administrative")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def after_apply(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of after-apply scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_apply Stack#after_apply}
        '''
        result = self._values.get("after_apply")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def after_destroy(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of after-destroy scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_destroy Stack#after_destroy}
        '''
        result = self._values.get("after_destroy")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def after_init(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of after-init scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_init Stack#after_init}
        '''
        result = self._values.get("after_init")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def after_perform(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of after-perform scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_perform Stack#after_perform}
        '''
        result = self._values.get("after_perform")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def after_plan(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of after-plan scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_plan Stack#after_plan}
        '''
        result = self._values.get("after_plan")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def after_run(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of after-run scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#after_run Stack#after_run}
        '''
        result = self._values.get("after_run")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_run_promotion(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether a proposed run can be promoted to a tracked run. Defaults to ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#allow_run_promotion Stack#allow_run_promotion}
        '''
        result = self._values.get("allow_run_promotion")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def ansible(self) -> typing.Optional[StackAnsible]:
        '''ansible block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#ansible Stack#ansible}
        '''
        result = self._values.get("ansible")
        return typing.cast(typing.Optional[StackAnsible], result)

    @builtins.property
    def autodeploy(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether changes to this stack can be automatically deployed. Defaults to ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#autodeploy Stack#autodeploy}
        '''
        result = self._values.get("autodeploy")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def autoretry(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether obsolete proposed changes should automatically be retried. Defaults to ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#autoretry Stack#autoretry}
        '''
        result = self._values.get("autoretry")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def azure_devops(self) -> typing.Optional[StackAzureDevops]:
        '''azure_devops block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#azure_devops Stack#azure_devops}
        '''
        result = self._values.get("azure_devops")
        return typing.cast(typing.Optional[StackAzureDevops], result)

    @builtins.property
    def before_apply(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of before-apply scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_apply Stack#before_apply}
        '''
        result = self._values.get("before_apply")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def before_destroy(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of before-destroy scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_destroy Stack#before_destroy}
        '''
        result = self._values.get("before_destroy")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def before_init(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of before-init scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_init Stack#before_init}
        '''
        result = self._values.get("before_init")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def before_perform(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of before-perform scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_perform Stack#before_perform}
        '''
        result = self._values.get("before_perform")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def before_plan(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of before-plan scripts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#before_plan Stack#before_plan}
        '''
        result = self._values.get("before_plan")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def bitbucket_cloud(self) -> typing.Optional[StackBitbucketCloud]:
        '''bitbucket_cloud block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#bitbucket_cloud Stack#bitbucket_cloud}
        '''
        result = self._values.get("bitbucket_cloud")
        return typing.cast(typing.Optional[StackBitbucketCloud], result)

    @builtins.property
    def bitbucket_datacenter(self) -> typing.Optional[StackBitbucketDatacenter]:
        '''bitbucket_datacenter block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#bitbucket_datacenter Stack#bitbucket_datacenter}
        '''
        result = self._values.get("bitbucket_datacenter")
        return typing.cast(typing.Optional[StackBitbucketDatacenter], result)

    @builtins.property
    def cloudformation(self) -> typing.Optional[StackCloudformation]:
        '''cloudformation block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#cloudformation Stack#cloudformation}
        '''
        result = self._values.get("cloudformation")
        return typing.cast(typing.Optional[StackCloudformation], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Free-form stack description for users.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#description Stack#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_local_preview(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether local preview runs can be triggered on this Stack. Defaults to ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_local_preview Stack#enable_local_preview}
        '''
        result = self._values.get("enable_local_preview")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enable_sensitive_outputs_upload(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether sensitive outputs created by this stack can be uploaded to Spacelift to be used by Stack Dependency references.

        Triggered only when corresponding option is enabled on the Worker Pool used by the Stack as well. Defaults to ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_sensitive_outputs_upload Stack#enable_sensitive_outputs_upload}
        '''
        result = self._values.get("enable_sensitive_outputs_upload")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enable_well_known_secret_masking(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether well-known secret masking is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#enable_well_known_secret_masking Stack#enable_well_known_secret_masking}
        '''
        result = self._values.get("enable_well_known_secret_masking")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def github_action_deploy(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Use ``allow_run_promotion`` instead.

        Indicates whether GitHub users can promote proposed runs to tracked runs from the Checks API. This is called allow run promotion in the UI. Defaults to ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#github_action_deploy Stack#github_action_deploy}
        '''
        result = self._values.get("github_action_deploy")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def github_enterprise(self) -> typing.Optional["StackGithubEnterprise"]:
        '''github_enterprise block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#github_enterprise Stack#github_enterprise}
        '''
        result = self._values.get("github_enterprise")
        return typing.cast(typing.Optional["StackGithubEnterprise"], result)

    @builtins.property
    def gitlab(self) -> typing.Optional["StackGitlab"]:
        '''gitlab block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#gitlab Stack#gitlab}
        '''
        result = self._values.get("gitlab")
        return typing.cast(typing.Optional["StackGitlab"], result)

    @builtins.property
    def git_sparse_checkout_paths(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Git sparse checkout paths is an optional list of paths to use for sparse checkout.

        If not set, the entire repository will be checked out.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#git_sparse_checkout_paths Stack#git_sparse_checkout_paths}
        '''
        result = self._values.get("git_sparse_checkout_paths")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The ID of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def import_state(self) -> typing.Optional[builtins.str]:
        '''State file to upload when creating a new stack.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#import_state Stack#import_state}
        '''
        result = self._values.get("import_state")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def import_state_file(self) -> typing.Optional[builtins.str]:
        '''Path to the state file to upload when creating a new stack.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#import_state_file Stack#import_state_file}
        '''
        result = self._values.get("import_state_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kubernetes(self) -> typing.Optional["StackKubernetes"]:
        '''kubernetes block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubernetes Stack#kubernetes}
        '''
        result = self._values.get("kubernetes")
        return typing.cast(typing.Optional["StackKubernetes"], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#labels Stack#labels}.'''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def manage_state(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines if Spacelift should manage state for this stack. Defaults to ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#manage_state Stack#manage_state}
        '''
        result = self._values.get("manage_state")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def opentofu(self) -> typing.Optional["StackOpentofu"]:
        '''opentofu block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#opentofu Stack#opentofu}
        '''
        result = self._values.get("opentofu")
        return typing.cast(typing.Optional["StackOpentofu"], result)

    @builtins.property
    def project_root(self) -> typing.Optional[builtins.str]:
        '''Project root is the optional directory relative to the workspace root containing the entrypoint to the Stack.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#project_root Stack#project_root}
        '''
        result = self._values.get("project_root")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protect_from_deletion(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Protect this stack from accidental deletion. If set, attempts to delete this stack will fail. Defaults to ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#protect_from_deletion Stack#protect_from_deletion}
        '''
        result = self._values.get("protect_from_deletion")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def pulumi(self) -> typing.Optional["StackPulumi"]:
        '''pulumi block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#pulumi Stack#pulumi}
        '''
        result = self._values.get("pulumi")
        return typing.cast(typing.Optional["StackPulumi"], result)

    @builtins.property
    def raw_git(self) -> typing.Optional["StackRawGit"]:
        '''raw_git block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#raw_git Stack#raw_git}
        '''
        result = self._values.get("raw_git")
        return typing.cast(typing.Optional["StackRawGit"], result)

    @builtins.property
    def runner_image(self) -> typing.Optional[builtins.str]:
        '''Name of the Docker image used to process Runs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#runner_image Stack#runner_image}
        '''
        result = self._values.get("runner_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def showcase(self) -> typing.Optional["StackShowcase"]:
        '''showcase block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#showcase Stack#showcase}
        '''
        result = self._values.get("showcase")
        return typing.cast(typing.Optional["StackShowcase"], result)

    @builtins.property
    def slug(self) -> typing.Optional[builtins.str]:
        '''Allows setting the custom ID (slug) for the stack.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#slug Stack#slug}
        '''
        result = self._values.get("slug")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''ID (slug) of the space the stack is in. Defaults to ``legacy`` if it exists, otherwise ``root``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#space_id Stack#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def terraform_external_state_access(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether you can access the Stack state file from other stacks or outside of Spacelift. Defaults to ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_external_state_access Stack#terraform_external_state_access}
        '''
        result = self._values.get("terraform_external_state_access")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def terraform_smart_sanitization(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether runs on this will use terraform's sensitive value system to sanitize the outputs of Terraform state and plans in spacelift instead of sanitizing all fields.

        Note: Requires the terraform version to be v1.0.1 or above. Defaults to ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_smart_sanitization Stack#terraform_smart_sanitization}
        '''
        result = self._values.get("terraform_smart_sanitization")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def terraform_version(self) -> typing.Optional[builtins.str]:
        '''Terraform version to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_version Stack#terraform_version}
        '''
        result = self._values.get("terraform_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def terraform_workflow_tool(self) -> typing.Optional[builtins.str]:
        '''Defines the tool that will be used to execute the workflow.

        This can be one of ``OPEN_TOFU``, ``TERRAFORM_FOSS`` or ``CUSTOM``. Defaults to ``TERRAFORM_FOSS``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_workflow_tool Stack#terraform_workflow_tool}
        '''
        result = self._values.get("terraform_workflow_tool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def terraform_workspace(self) -> typing.Optional[builtins.str]:
        '''Terraform workspace to select.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_workspace Stack#terraform_workspace}
        '''
        result = self._values.get("terraform_workspace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def terragrunt(self) -> typing.Optional["StackTerragrunt"]:
        '''terragrunt block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terragrunt Stack#terragrunt}
        '''
        result = self._values.get("terragrunt")
        return typing.cast(typing.Optional["StackTerragrunt"], result)

    @builtins.property
    def worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''ID of the worker pool to use. NOTE: worker_pool_id is required when using a self-hosted instance of Spacelift.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#worker_pool_id Stack#worker_pool_id}
        '''
        result = self._values.get("worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="spacelift.stack.StackGithubEnterprise",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "id": "id"},
)
class StackGithubEnterprise:
    def __init__(
        self,
        *,
        namespace: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param namespace: The GitHub organization / user the repository belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param id: The ID of the GitHub Enterprise integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68180a08648b984873fe751d573c04211a3e6fcbd1e775264e6d6b65436e5c3f)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "namespace": namespace,
        }
        if id is not None:
            self._values["id"] = id

    @builtins.property
    def namespace(self) -> builtins.str:
        '''The GitHub organization / user the repository belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        '''
        result = self._values.get("namespace")
        assert result is not None, "Required property 'namespace' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The ID of the GitHub Enterprise integration. If not specified, the default integration will be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackGithubEnterprise(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackGithubEnterpriseOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackGithubEnterpriseOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3d418c841ded836ca979b4839f5c1689eaccdf4a047393346179bec183971256)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @builtins.property
    @jsii.member(jsii_name="isDefault")
    def is_default(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isDefault"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__59610ddc90fef3318b51646ed349fb2b27b72c6e2c7066a04a7812a08c9ccef2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dddae8e3a7be04e58c76028ad440948b2160a4e5f2a97b707269d5de59c0adf0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackGithubEnterprise]:
        return typing.cast(typing.Optional[StackGithubEnterprise], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackGithubEnterprise]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__212ace41af0925a7f9af134c1f13527679de64858320103d54d603955e0fdc7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackGitlab",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "id": "id"},
)
class StackGitlab:
    def __init__(
        self,
        *,
        namespace: builtins.str,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param namespace: The GitLab namespace containing the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param id: The ID of the Gitlab integration. If not specified, the default integration will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9becec1d5cc11ce8fba96961194aadef2d9dd182938e57c9b2cccef02d25184e)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "namespace": namespace,
        }
        if id is not None:
            self._values["id"] = id

    @builtins.property
    def namespace(self) -> builtins.str:
        '''The GitLab namespace containing the repository.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        '''
        result = self._values.get("namespace")
        assert result is not None, "Required property 'namespace' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The ID of the Gitlab integration. If not specified, the default integration will be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#id Stack#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackGitlab(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackGitlabOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackGitlabOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1695c110724b755eef9606297ee5af8caedbe11b42f27a89de0a047280973816)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @builtins.property
    @jsii.member(jsii_name="isDefault")
    def is_default(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isDefault"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7f219e61cec6bf67ce2c14d93157df423427c629bf50046d4794344c7aad22e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09339889615044cb4a6d91bed1d007b1a93e2a57ae459ed531378bc8074195c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackGitlab]:
        return typing.cast(typing.Optional[StackGitlab], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackGitlab]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__924b72b7df920c7b613682e827c790e6ecb65d483bafe5d26da1d9284210a5a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackKubernetes",
    jsii_struct_bases=[],
    name_mapping={
        "kubectl_version": "kubectlVersion",
        "kubernetes_workflow_tool": "kubernetesWorkflowTool",
        "namespace": "namespace",
    },
)
class StackKubernetes:
    def __init__(
        self,
        *,
        kubectl_version: typing.Optional[builtins.str] = None,
        kubernetes_workflow_tool: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kubectl_version: Kubectl version. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubectl_version Stack#kubectl_version}
        :param kubernetes_workflow_tool: Defines the tool that will be used to execute the workflow. This can be one of ``KUBERNETES`` or ``CUSTOM``. Defaults to ``KUBERNETES``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubernetes_workflow_tool Stack#kubernetes_workflow_tool}
        :param namespace: Namespace of the Kubernetes cluster to run commands on. Leave empty for multi-namespace Stacks. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__371eb6d3e0c0d7b6c89d31bfa245ffd88a4a8e2e74cd060a00fd4a5a4f6ae6a5)
            check_type(argname="argument kubectl_version", value=kubectl_version, expected_type=type_hints["kubectl_version"])
            check_type(argname="argument kubernetes_workflow_tool", value=kubernetes_workflow_tool, expected_type=type_hints["kubernetes_workflow_tool"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kubectl_version is not None:
            self._values["kubectl_version"] = kubectl_version
        if kubernetes_workflow_tool is not None:
            self._values["kubernetes_workflow_tool"] = kubernetes_workflow_tool
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kubectl_version(self) -> typing.Optional[builtins.str]:
        '''Kubectl version.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubectl_version Stack#kubectl_version}
        '''
        result = self._values.get("kubectl_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kubernetes_workflow_tool(self) -> typing.Optional[builtins.str]:
        '''Defines the tool that will be used to execute the workflow.

        This can be one of ``KUBERNETES`` or ``CUSTOM``. Defaults to ``KUBERNETES``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#kubernetes_workflow_tool Stack#kubernetes_workflow_tool}
        '''
        result = self._values.get("kubernetes_workflow_tool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the Kubernetes cluster to run commands on. Leave empty for multi-namespace Stacks.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackKubernetes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackKubernetesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackKubernetesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea607ece4aa3bf12025b86d1bc5a956596206532ff673c65668efbaea1f049f7)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetKubectlVersion")
    def reset_kubectl_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKubectlVersion", []))

    @jsii.member(jsii_name="resetKubernetesWorkflowTool")
    def reset_kubernetes_workflow_tool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKubernetesWorkflowTool", []))

    @jsii.member(jsii_name="resetNamespace")
    def reset_namespace(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNamespace", []))

    @builtins.property
    @jsii.member(jsii_name="kubectlVersionInput")
    def kubectl_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "kubectlVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="kubernetesWorkflowToolInput")
    def kubernetes_workflow_tool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "kubernetesWorkflowToolInput"))

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="kubectlVersion")
    def kubectl_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "kubectlVersion"))

    @kubectl_version.setter
    def kubectl_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74a5eafac5182ea664bebe809ffaf47ca4f8b00fdf93284b8a965d100c3a25c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "kubectlVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="kubernetesWorkflowTool")
    def kubernetes_workflow_tool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "kubernetesWorkflowTool"))

    @kubernetes_workflow_tool.setter
    def kubernetes_workflow_tool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ebdfbb4a87652386844d6464f1739b6aea73b31d2a617e2c5b002dc3c8944450)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "kubernetesWorkflowTool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f535664e928780390479afa22813354d3fa3f3afc36781c915da104b84765fb5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackKubernetes]:
        return typing.cast(typing.Optional[StackKubernetes], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackKubernetes]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__da86f9bc6f17cfdc680b854f6b7b888cbd0a9834fc03e010cd9a0e279ddd7cd7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackOpentofu",
    jsii_struct_bases=[],
    name_mapping={
        "external_state_access": "externalStateAccess",
        "logging": "logging",
        "use_smart_sanitization": "useSmartSanitization",
        "version": "version",
        "workflow_tool": "workflowTool",
        "workspace": "workspace",
    },
)
class StackOpentofu:
    def __init__(
        self,
        *,
        external_state_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        logging: typing.Optional[typing.Union["StackOpentofuLogging", typing.Dict[builtins.str, typing.Any]]] = None,
        use_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        version: typing.Optional[builtins.str] = None,
        workflow_tool: typing.Optional[builtins.str] = None,
        workspace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external_state_access: Indicates whether you can access the Stack state file from other stacks or outside of Spacelift. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#external_state_access Stack#external_state_access}
        :param logging: logging block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#logging Stack#logging}
        :param use_smart_sanitization: Indicates whether runs on this will use OpenTofu's sensitive value system to sanitize the outputs of state and plans in Spacelift instead of sanitizing all fields. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_smart_sanitization Stack#use_smart_sanitization}
        :param version: OpenTofu version to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#version Stack#version}
        :param workflow_tool: Defines the tool that will be used to execute the workflow. This can be one of ``OPENTOFU`` or ``CUSTOM``. Defaults to ``OPENTOFU``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#workflow_tool Stack#workflow_tool}
        :param workspace: OpenTofu workspace to select. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#workspace Stack#workspace}
        '''
        if isinstance(logging, dict):
            logging = StackOpentofuLogging(**logging)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca0aeb9e8503d695b9120d2154a056f9b10dd740e5d64662e21450325ff19713)
            check_type(argname="argument external_state_access", value=external_state_access, expected_type=type_hints["external_state_access"])
            check_type(argname="argument logging", value=logging, expected_type=type_hints["logging"])
            check_type(argname="argument use_smart_sanitization", value=use_smart_sanitization, expected_type=type_hints["use_smart_sanitization"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument workflow_tool", value=workflow_tool, expected_type=type_hints["workflow_tool"])
            check_type(argname="argument workspace", value=workspace, expected_type=type_hints["workspace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external_state_access is not None:
            self._values["external_state_access"] = external_state_access
        if logging is not None:
            self._values["logging"] = logging
        if use_smart_sanitization is not None:
            self._values["use_smart_sanitization"] = use_smart_sanitization
        if version is not None:
            self._values["version"] = version
        if workflow_tool is not None:
            self._values["workflow_tool"] = workflow_tool
        if workspace is not None:
            self._values["workspace"] = workspace

    @builtins.property
    def external_state_access(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether you can access the Stack state file from other stacks or outside of Spacelift. Defaults to ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#external_state_access Stack#external_state_access}
        '''
        result = self._values.get("external_state_access")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def logging(self) -> typing.Optional["StackOpentofuLogging"]:
        '''logging block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#logging Stack#logging}
        '''
        result = self._values.get("logging")
        return typing.cast(typing.Optional["StackOpentofuLogging"], result)

    @builtins.property
    def use_smart_sanitization(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether runs on this will use OpenTofu's sensitive value system to sanitize the outputs of state and plans in Spacelift instead of sanitizing all fields.

        Defaults to ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_smart_sanitization Stack#use_smart_sanitization}
        '''
        result = self._values.get("use_smart_sanitization")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''OpenTofu version to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#version Stack#version}
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def workflow_tool(self) -> typing.Optional[builtins.str]:
        '''Defines the tool that will be used to execute the workflow.

        This can be one of ``OPENTOFU`` or ``CUSTOM``. Defaults to ``OPENTOFU``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#workflow_tool Stack#workflow_tool}
        '''
        result = self._values.get("workflow_tool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def workspace(self) -> typing.Optional[builtins.str]:
        '''OpenTofu workspace to select.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#workspace Stack#workspace}
        '''
        result = self._values.get("workspace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackOpentofu(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="spacelift.stack.StackOpentofuLogging",
    jsii_struct_bases=[],
    name_mapping={"concise": "concise"},
)
class StackOpentofuLogging:
    def __init__(
        self,
        *,
        concise: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param concise: Enables the -concise flag for OpenTofu plan/apply/refresh commands. Requires OpenTofu 1.7+. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#concise Stack#concise}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d90b7c620a646a52a778b6a60cef280b1c6132ccdccc7ac14a77005bfd1fc524)
            check_type(argname="argument concise", value=concise, expected_type=type_hints["concise"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if concise is not None:
            self._values["concise"] = concise

    @builtins.property
    def concise(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enables the -concise flag for OpenTofu plan/apply/refresh commands. Requires OpenTofu 1.7+. Defaults to ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#concise Stack#concise}
        '''
        result = self._values.get("concise")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackOpentofuLogging(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackOpentofuLoggingOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackOpentofuLoggingOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1c3c8ef0e58626a2e574d2dfe16d3c37e771a7b67b2500887bf8093ebbb4bdfb)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetConcise")
    def reset_concise(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConcise", []))

    @builtins.property
    @jsii.member(jsii_name="conciseInput")
    def concise_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "conciseInput"))

    @builtins.property
    @jsii.member(jsii_name="concise")
    def concise(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "concise"))

    @concise.setter
    def concise(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec548d095193b5446a0fa191b12e97fea85079c41e870441dc8972bfd8fd01b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "concise", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackOpentofuLogging]:
        return typing.cast(typing.Optional[StackOpentofuLogging], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackOpentofuLogging]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b96987a5b6b6c4cc5e496160de65009f4fb6e34671b2dd1861246a954400e27)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class StackOpentofuOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackOpentofuOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0fdbfd8e1da12e330af3c31716737f8098dc7e99b50efccf5d7f2958939e411)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putLogging")
    def put_logging(
        self,
        *,
        concise: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param concise: Enables the -concise flag for OpenTofu plan/apply/refresh commands. Requires OpenTofu 1.7+. Defaults to ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#concise Stack#concise}
        '''
        value = StackOpentofuLogging(concise=concise)

        return typing.cast(None, jsii.invoke(self, "putLogging", [value]))

    @jsii.member(jsii_name="resetExternalStateAccess")
    def reset_external_state_access(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExternalStateAccess", []))

    @jsii.member(jsii_name="resetLogging")
    def reset_logging(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogging", []))

    @jsii.member(jsii_name="resetUseSmartSanitization")
    def reset_use_smart_sanitization(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseSmartSanitization", []))

    @jsii.member(jsii_name="resetVersion")
    def reset_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersion", []))

    @jsii.member(jsii_name="resetWorkflowTool")
    def reset_workflow_tool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWorkflowTool", []))

    @jsii.member(jsii_name="resetWorkspace")
    def reset_workspace(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWorkspace", []))

    @builtins.property
    @jsii.member(jsii_name="logging")
    def logging(self) -> StackOpentofuLoggingOutputReference:
        return typing.cast(StackOpentofuLoggingOutputReference, jsii.get(self, "logging"))

    @builtins.property
    @jsii.member(jsii_name="externalStateAccessInput")
    def external_state_access_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "externalStateAccessInput"))

    @builtins.property
    @jsii.member(jsii_name="loggingInput")
    def logging_input(self) -> typing.Optional[StackOpentofuLogging]:
        return typing.cast(typing.Optional[StackOpentofuLogging], jsii.get(self, "loggingInput"))

    @builtins.property
    @jsii.member(jsii_name="useSmartSanitizationInput")
    def use_smart_sanitization_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useSmartSanitizationInput"))

    @builtins.property
    @jsii.member(jsii_name="versionInput")
    def version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "versionInput"))

    @builtins.property
    @jsii.member(jsii_name="workflowToolInput")
    def workflow_tool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "workflowToolInput"))

    @builtins.property
    @jsii.member(jsii_name="workspaceInput")
    def workspace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "workspaceInput"))

    @builtins.property
    @jsii.member(jsii_name="externalStateAccess")
    def external_state_access(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "externalStateAccess"))

    @external_state_access.setter
    def external_state_access(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab76e3d992a837961b6a8b0342c967a123d495a3b7a606421aad30dd570b0d20)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "externalStateAccess", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useSmartSanitization")
    def use_smart_sanitization(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useSmartSanitization"))

    @use_smart_sanitization.setter
    def use_smart_sanitization(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df3d6a863b1727e6f15c4053c78822d4b9949cbbbeac925ad0ec4d7f8f9e3ebe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useSmartSanitization", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f584c9fdecdc832f2b6f7e38e249da1bc956833339441a1c8b30a54c345726ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workflowTool")
    def workflow_tool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workflowTool"))

    @workflow_tool.setter
    def workflow_tool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__270c560bee7169b0d7a8d9b4aedfb7887642a40bb1f68220996fa0b353882598)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workflowTool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workspace")
    def workspace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workspace"))

    @workspace.setter
    def workspace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f48ca58e4a12a08fb0e7f396072186bdd08b5194931775cf14b442915911aa22)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workspace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackOpentofu]:
        return typing.cast(typing.Optional[StackOpentofu], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackOpentofu]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b96312084e65692374eff4ca897049b0b7d5b1f6baab81e74e644f8060971b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackPulumi",
    jsii_struct_bases=[],
    name_mapping={"login_url": "loginUrl", "stack_name": "stackName"},
)
class StackPulumi:
    def __init__(self, *, login_url: builtins.str, stack_name: builtins.str) -> None:
        '''
        :param login_url: State backend to log into on Run initialize. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#login_url Stack#login_url}
        :param stack_name: Pulumi stack name to use with the state backend. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#stack_name Stack#stack_name}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__60ed5b21afd86801289ee0896319f15ee55f6c38d49271d5db49226364e37a74)
            check_type(argname="argument login_url", value=login_url, expected_type=type_hints["login_url"])
            check_type(argname="argument stack_name", value=stack_name, expected_type=type_hints["stack_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "login_url": login_url,
            "stack_name": stack_name,
        }

    @builtins.property
    def login_url(self) -> builtins.str:
        '''State backend to log into on Run initialize.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#login_url Stack#login_url}
        '''
        result = self._values.get("login_url")
        assert result is not None, "Required property 'login_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def stack_name(self) -> builtins.str:
        '''Pulumi stack name to use with the state backend.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#stack_name Stack#stack_name}
        '''
        result = self._values.get("stack_name")
        assert result is not None, "Required property 'stack_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackPulumi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackPulumiOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackPulumiOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d2caca8101e815f8286bcd5576bab8ee265820662a3c30ee8737427b17c36079)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="loginUrlInput")
    def login_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loginUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="stackNameInput")
    def stack_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stackNameInput"))

    @builtins.property
    @jsii.member(jsii_name="loginUrl")
    def login_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loginUrl"))

    @login_url.setter
    def login_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff3a095eac838def08741f2ac271a403d9217dacb56b936137e70771348b1446)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loginUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="stackName")
    def stack_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "stackName"))

    @stack_name.setter
    def stack_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e8041ee40664ea03a45fa2a1bc4f8b1743bb914322a21c52b5060dc5a7fd858)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "stackName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackPulumi]:
        return typing.cast(typing.Optional[StackPulumi], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackPulumi]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dde1ca625ed007da60cbc9fdf06d3d1dda2acf5b01c4a287ed54421c6fa90fea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackRawGit",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "url": "url"},
)
class StackRawGit:
    def __init__(self, *, namespace: builtins.str, url: builtins.str) -> None:
        '''
        :param namespace: User-friendly namespace for the repository, this is for cosmetic purposes only. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        :param url: HTTPS URL of the Git repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#url Stack#url}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__01d0fcb88fed11f3b848f01c9667fd87ae944fc531c7f5caf45fe4893f9e9ea6)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "namespace": namespace,
            "url": url,
        }

    @builtins.property
    def namespace(self) -> builtins.str:
        '''User-friendly namespace for the repository, this is for cosmetic purposes only.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}
        '''
        result = self._values.get("namespace")
        assert result is not None, "Required property 'namespace' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def url(self) -> builtins.str:
        '''HTTPS URL of the Git repository.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#url Stack#url}
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackRawGit(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackRawGitOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackRawGitOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b863a119aeb545861ec4431ed3838f72edfa5804c9c79525ed2a6301ae586929)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="urlInput")
    def url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "urlInput"))

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7910dcdc434059cde4002e77742debb902e38a6f1be8227f0f94caae3f9512f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="url")
    def url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "url"))

    @url.setter
    def url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f9a0035a3f56bea48282ef537e4435f63182228b3a2142c41833d509d57b8131)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "url", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackRawGit]:
        return typing.cast(typing.Optional[StackRawGit], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackRawGit]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74f3100698037888871789e8490fe93b03b92b99ccb4c2fa4850b8bc6688d109)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackShowcase",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace"},
)
class StackShowcase:
    def __init__(self, *, namespace: builtins.str) -> None:
        '''
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8cbf55c74fe39a86d7d5dc4c83bacd0c6f48e5a5c35b671e42f02365220cce70)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "namespace": namespace,
        }

    @builtins.property
    def namespace(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#namespace Stack#namespace}.'''
        result = self._values.get("namespace")
        assert result is not None, "Required property 'namespace' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackShowcase(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackShowcaseOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackShowcaseOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a3ab2d0a77d39f3faf54a45ba6c536bce8aa2d79e453ea89d70b7b8a52f02987)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8a355cd3acaaca102f97296cbe2a099754aa783061c5152757470f2a9b1c14c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackShowcase]:
        return typing.cast(typing.Optional[StackShowcase], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackShowcase]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__93ffc9e14cdd390ae0613aa999e00248e866578c8f11aed66066f185fc922de3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="spacelift.stack.StackTerragrunt",
    jsii_struct_bases=[],
    name_mapping={
        "prefix_resource_names_with_module_name": "prefixResourceNamesWithModuleName",
        "skip_replan": "skipReplan",
        "skip_replan_when_run_all": "skipReplanWhenRunAll",
        "terraform_version": "terraformVersion",
        "terragrunt_version": "terragruntVersion",
        "tool": "tool",
        "use_run_all": "useRunAll",
        "use_smart_sanitization": "useSmartSanitization",
        "use_state_management": "useStateManagement",
    },
)
class StackTerragrunt:
    def __init__(
        self,
        *,
        prefix_resource_names_with_module_name: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        skip_replan: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        skip_replan_when_run_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        terraform_version: typing.Optional[builtins.str] = None,
        terragrunt_version: typing.Optional[builtins.str] = None,
        tool: typing.Optional[builtins.str] = None,
        use_run_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        use_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        use_state_management: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param prefix_resource_names_with_module_name: Controls whether resource and output names are prefixed with the module path. Has no effect when use_run_all is enabled (always prefixes in that case). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#prefix_resource_names_with_module_name Stack#prefix_resource_names_with_module_name}
        :param skip_replan: If set to true, the apply phase will reuse the plan from the planning phase instead of re-planning. Applies to both run-all and non-run-all stacks. Warning: this means any ``mocked_outputs`` referenced during planning will be applied as-is — do not enable this together with ``mocked_outputs`` unless you fully understand the implications, your apply may execute against mocked values rather than real ones. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#skip_replan Stack#skip_replan}
        :param skip_replan_when_run_all: When using Run All, skip the second planning phase during the apply stage. This is an experimental feature. Runs with Run All disabled reuse the plan by default. Warning: this means any ``mocked_outputs`` referenced during planning will be applied as-is — do not enable this together with ``mocked_outputs`` unless you fully understand the implications, your apply may execute against mocked values rather than real ones. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#skip_replan_when_run_all Stack#skip_replan_when_run_all}
        :param terraform_version: The Terraform version. Must not be provided when tool is set to MANUALLY_PROVISIONED. Defaults to the latest available OpenTofu/Terraform version. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_version Stack#terraform_version}
        :param terragrunt_version: The Terragrunt version. Defaults to the latest Terragrunt version. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terragrunt_version Stack#terragrunt_version}
        :param tool: The IaC tool used by Terragrunt. Valid values are OPEN_TOFU, TERRAFORM_FOSS or MANUALLY_PROVISIONED. Defaults to TERRAFORM_FOSS if not specified. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#tool Stack#tool}
        :param use_run_all: Whether to use ``terragrunt run-all`` instead of ``terragrunt``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_run_all Stack#use_run_all}
        :param use_smart_sanitization: Indicates whether runs on this will use Terraform's sensitive value system to sanitize the outputs of Terraform state and plans in spacelift instead of sanitizing all fields. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_smart_sanitization Stack#use_smart_sanitization}
        :param use_state_management: Determines if Spacelift should manage state for this Terragrunt stack. Takes precedence over ``manage_state``. Defaults to ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_state_management Stack#use_state_management}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca7a4ea58107ab2eb5114b3a2de1a57edd5176da7b7ec5d7099a9635f32c923a)
            check_type(argname="argument prefix_resource_names_with_module_name", value=prefix_resource_names_with_module_name, expected_type=type_hints["prefix_resource_names_with_module_name"])
            check_type(argname="argument skip_replan", value=skip_replan, expected_type=type_hints["skip_replan"])
            check_type(argname="argument skip_replan_when_run_all", value=skip_replan_when_run_all, expected_type=type_hints["skip_replan_when_run_all"])
            check_type(argname="argument terraform_version", value=terraform_version, expected_type=type_hints["terraform_version"])
            check_type(argname="argument terragrunt_version", value=terragrunt_version, expected_type=type_hints["terragrunt_version"])
            check_type(argname="argument tool", value=tool, expected_type=type_hints["tool"])
            check_type(argname="argument use_run_all", value=use_run_all, expected_type=type_hints["use_run_all"])
            check_type(argname="argument use_smart_sanitization", value=use_smart_sanitization, expected_type=type_hints["use_smart_sanitization"])
            check_type(argname="argument use_state_management", value=use_state_management, expected_type=type_hints["use_state_management"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if prefix_resource_names_with_module_name is not None:
            self._values["prefix_resource_names_with_module_name"] = prefix_resource_names_with_module_name
        if skip_replan is not None:
            self._values["skip_replan"] = skip_replan
        if skip_replan_when_run_all is not None:
            self._values["skip_replan_when_run_all"] = skip_replan_when_run_all
        if terraform_version is not None:
            self._values["terraform_version"] = terraform_version
        if terragrunt_version is not None:
            self._values["terragrunt_version"] = terragrunt_version
        if tool is not None:
            self._values["tool"] = tool
        if use_run_all is not None:
            self._values["use_run_all"] = use_run_all
        if use_smart_sanitization is not None:
            self._values["use_smart_sanitization"] = use_smart_sanitization
        if use_state_management is not None:
            self._values["use_state_management"] = use_state_management

    @builtins.property
    def prefix_resource_names_with_module_name(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Controls whether resource and output names are prefixed with the module path.

        Has no effect when use_run_all is enabled (always prefixes in that case).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#prefix_resource_names_with_module_name Stack#prefix_resource_names_with_module_name}
        '''
        result = self._values.get("prefix_resource_names_with_module_name")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def skip_replan(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''If set to true, the apply phase will reuse the plan from the planning phase instead of re-planning.

        Applies to both run-all and non-run-all stacks. Warning: this means any ``mocked_outputs`` referenced during planning will be applied as-is — do not enable this together with ``mocked_outputs`` unless you fully understand the implications, your apply may execute against mocked values rather than real ones.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#skip_replan Stack#skip_replan}
        '''
        result = self._values.get("skip_replan")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def skip_replan_when_run_all(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''When using Run All, skip the second planning phase during the apply stage.

        This is an experimental feature. Runs with Run All disabled reuse the plan by default. Warning: this means any ``mocked_outputs`` referenced during planning will be applied as-is — do not enable this together with ``mocked_outputs`` unless you fully understand the implications, your apply may execute against mocked values rather than real ones.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#skip_replan_when_run_all Stack#skip_replan_when_run_all}
        '''
        result = self._values.get("skip_replan_when_run_all")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def terraform_version(self) -> typing.Optional[builtins.str]:
        '''The Terraform version.

        Must not be provided when tool is set to MANUALLY_PROVISIONED. Defaults to the latest available OpenTofu/Terraform version.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terraform_version Stack#terraform_version}
        '''
        result = self._values.get("terraform_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def terragrunt_version(self) -> typing.Optional[builtins.str]:
        '''The Terragrunt version. Defaults to the latest Terragrunt version.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#terragrunt_version Stack#terragrunt_version}
        '''
        result = self._values.get("terragrunt_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tool(self) -> typing.Optional[builtins.str]:
        '''The IaC tool used by Terragrunt. Valid values are OPEN_TOFU, TERRAFORM_FOSS or MANUALLY_PROVISIONED. Defaults to TERRAFORM_FOSS if not specified.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#tool Stack#tool}
        '''
        result = self._values.get("tool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_run_all(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether to use ``terragrunt run-all`` instead of ``terragrunt``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_run_all Stack#use_run_all}
        '''
        result = self._values.get("use_run_all")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def use_smart_sanitization(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether runs on this will use Terraform's sensitive value system to sanitize the outputs of Terraform state and plans in spacelift instead of sanitizing all fields.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_smart_sanitization Stack#use_smart_sanitization}
        '''
        result = self._values.get("use_smart_sanitization")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def use_state_management(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines if Spacelift should manage state for this Terragrunt stack. Takes precedence over ``manage_state``. Defaults to ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/spacelift-io/spacelift/1.53.5/docs/resources/stack#use_state_management Stack#use_state_management}
        '''
        result = self._values.get("use_state_management")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StackTerragrunt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class StackTerragruntOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spacelift.stack.StackTerragruntOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bd6f7a2254166fb8d06ddcd615096988353e9f554e171cdd006db90c26fc07c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetPrefixResourceNamesWithModuleName")
    def reset_prefix_resource_names_with_module_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPrefixResourceNamesWithModuleName", []))

    @jsii.member(jsii_name="resetSkipReplan")
    def reset_skip_replan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipReplan", []))

    @jsii.member(jsii_name="resetSkipReplanWhenRunAll")
    def reset_skip_replan_when_run_all(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipReplanWhenRunAll", []))

    @jsii.member(jsii_name="resetTerraformVersion")
    def reset_terraform_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTerraformVersion", []))

    @jsii.member(jsii_name="resetTerragruntVersion")
    def reset_terragrunt_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTerragruntVersion", []))

    @jsii.member(jsii_name="resetTool")
    def reset_tool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTool", []))

    @jsii.member(jsii_name="resetUseRunAll")
    def reset_use_run_all(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseRunAll", []))

    @jsii.member(jsii_name="resetUseSmartSanitization")
    def reset_use_smart_sanitization(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseSmartSanitization", []))

    @jsii.member(jsii_name="resetUseStateManagement")
    def reset_use_state_management(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseStateManagement", []))

    @builtins.property
    @jsii.member(jsii_name="prefixResourceNamesWithModuleNameInput")
    def prefix_resource_names_with_module_name_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "prefixResourceNamesWithModuleNameInput"))

    @builtins.property
    @jsii.member(jsii_name="skipReplanInput")
    def skip_replan_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipReplanInput"))

    @builtins.property
    @jsii.member(jsii_name="skipReplanWhenRunAllInput")
    def skip_replan_when_run_all_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipReplanWhenRunAllInput"))

    @builtins.property
    @jsii.member(jsii_name="terraformVersionInput")
    def terraform_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "terraformVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="terragruntVersionInput")
    def terragrunt_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "terragruntVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="toolInput")
    def tool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "toolInput"))

    @builtins.property
    @jsii.member(jsii_name="useRunAllInput")
    def use_run_all_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useRunAllInput"))

    @builtins.property
    @jsii.member(jsii_name="useSmartSanitizationInput")
    def use_smart_sanitization_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useSmartSanitizationInput"))

    @builtins.property
    @jsii.member(jsii_name="useStateManagementInput")
    def use_state_management_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useStateManagementInput"))

    @builtins.property
    @jsii.member(jsii_name="prefixResourceNamesWithModuleName")
    def prefix_resource_names_with_module_name(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "prefixResourceNamesWithModuleName"))

    @prefix_resource_names_with_module_name.setter
    def prefix_resource_names_with_module_name(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__abacf277de1e577719423d19840ee7786431de4c8d69ee205914e0b73aec1cc5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "prefixResourceNamesWithModuleName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipReplan")
    def skip_replan(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "skipReplan"))

    @skip_replan.setter
    def skip_replan(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fee6850d50e4c4ae99d7c370d6694bedd4982e3eea51d68bd3bda04cc1db5ce9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipReplan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipReplanWhenRunAll")
    def skip_replan_when_run_all(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "skipReplanWhenRunAll"))

    @skip_replan_when_run_all.setter
    def skip_replan_when_run_all(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__62c6a8adaf83d3c43f7c77d72e91e645ca279b19f1548cd3d8f3ca6bd0520e11)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipReplanWhenRunAll", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformVersion")
    def terraform_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "terraformVersion"))

    @terraform_version.setter
    def terraform_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__46fa38efa8d37c1a2d986fc493b5357716907df8f14fd7a861eed00fd8f352d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terragruntVersion")
    def terragrunt_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "terragruntVersion"))

    @terragrunt_version.setter
    def terragrunt_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__436adc6489811da6eb0bea3fc70e3063af2185c40294f1c9f10971287d873bbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terragruntVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tool")
    def tool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tool"))

    @tool.setter
    def tool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c888a3e672929fa0b8dcbce0e407e0e16a5fef42284555ba389180ebb2c5e4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useRunAll")
    def use_run_all(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useRunAll"))

    @use_run_all.setter
    def use_run_all(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8a52606e1ace24bb3b1d1cc32dca930c51f4139c5f191ebab71e44a9dfc3e3c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useRunAll", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useSmartSanitization")
    def use_smart_sanitization(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useSmartSanitization"))

    @use_smart_sanitization.setter
    def use_smart_sanitization(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e5831599e8f13ca03dd2779054459b5eed4f2af2c488cb06f3a49ebaa1bf8ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useSmartSanitization", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useStateManagement")
    def use_state_management(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useStateManagement"))

    @use_state_management.setter
    def use_state_management(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__650be54a9335ef5287f078540e7c0e50748ef04126b84d16dba60bd601c8a1ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useStateManagement", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[StackTerragrunt]:
        return typing.cast(typing.Optional[StackTerragrunt], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[StackTerragrunt]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7c19a8579adef4e7c6a3a2c35e6e16f1b7fdf515a9f9902829bc075d90990223)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Stack",
    "StackAnsible",
    "StackAnsibleOutputReference",
    "StackAzureDevops",
    "StackAzureDevopsOutputReference",
    "StackBitbucketCloud",
    "StackBitbucketCloudOutputReference",
    "StackBitbucketDatacenter",
    "StackBitbucketDatacenterOutputReference",
    "StackCloudformation",
    "StackCloudformationOutputReference",
    "StackConfig",
    "StackGithubEnterprise",
    "StackGithubEnterpriseOutputReference",
    "StackGitlab",
    "StackGitlabOutputReference",
    "StackKubernetes",
    "StackKubernetesOutputReference",
    "StackOpentofu",
    "StackOpentofuLogging",
    "StackOpentofuLoggingOutputReference",
    "StackOpentofuOutputReference",
    "StackPulumi",
    "StackPulumiOutputReference",
    "StackRawGit",
    "StackRawGitOutputReference",
    "StackShowcase",
    "StackShowcaseOutputReference",
    "StackTerragrunt",
    "StackTerragruntOutputReference",
]

publication.publish()

def _typecheckingstub__a169c1f92d75deceb552c4acc226d06fba49a876bbef46a78d5ff10617fc82b5(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    branch: builtins.str,
    name: builtins.str,
    repository: builtins.str,
    additional_project_globs: typing.Optional[typing.Sequence[builtins.str]] = None,
    administrative: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    after_apply: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_destroy: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_init: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_perform: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_plan: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_run: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_run_promotion: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ansible: typing.Optional[typing.Union[StackAnsible, typing.Dict[builtins.str, typing.Any]]] = None,
    autodeploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    autoretry: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    azure_devops: typing.Optional[typing.Union[StackAzureDevops, typing.Dict[builtins.str, typing.Any]]] = None,
    before_apply: typing.Optional[typing.Sequence[builtins.str]] = None,
    before_destroy: typing.Optional[typing.Sequence[builtins.str]] = None,
    before_init: typing.Optional[typing.Sequence[builtins.str]] = None,
    before_perform: typing.Optional[typing.Sequence[builtins.str]] = None,
    before_plan: typing.Optional[typing.Sequence[builtins.str]] = None,
    bitbucket_cloud: typing.Optional[typing.Union[StackBitbucketCloud, typing.Dict[builtins.str, typing.Any]]] = None,
    bitbucket_datacenter: typing.Optional[typing.Union[StackBitbucketDatacenter, typing.Dict[builtins.str, typing.Any]]] = None,
    cloudformation: typing.Optional[typing.Union[StackCloudformation, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    enable_local_preview: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_sensitive_outputs_upload: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_well_known_secret_masking: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    github_action_deploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    github_enterprise: typing.Optional[typing.Union[StackGithubEnterprise, typing.Dict[builtins.str, typing.Any]]] = None,
    gitlab: typing.Optional[typing.Union[StackGitlab, typing.Dict[builtins.str, typing.Any]]] = None,
    git_sparse_checkout_paths: typing.Optional[typing.Sequence[builtins.str]] = None,
    id: typing.Optional[builtins.str] = None,
    import_state: typing.Optional[builtins.str] = None,
    import_state_file: typing.Optional[builtins.str] = None,
    kubernetes: typing.Optional[typing.Union[StackKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
    labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    manage_state: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    opentofu: typing.Optional[typing.Union[StackOpentofu, typing.Dict[builtins.str, typing.Any]]] = None,
    project_root: typing.Optional[builtins.str] = None,
    protect_from_deletion: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    pulumi: typing.Optional[typing.Union[StackPulumi, typing.Dict[builtins.str, typing.Any]]] = None,
    raw_git: typing.Optional[typing.Union[StackRawGit, typing.Dict[builtins.str, typing.Any]]] = None,
    runner_image: typing.Optional[builtins.str] = None,
    showcase: typing.Optional[typing.Union[StackShowcase, typing.Dict[builtins.str, typing.Any]]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    terraform_external_state_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    terraform_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    terraform_version: typing.Optional[builtins.str] = None,
    terraform_workflow_tool: typing.Optional[builtins.str] = None,
    terraform_workspace: typing.Optional[builtins.str] = None,
    terragrunt: typing.Optional[typing.Union[StackTerragrunt, typing.Dict[builtins.str, typing.Any]]] = None,
    worker_pool_id: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d036e2231d5a326034e8928dcf51b5c206782bd628ceefbf00afd7a0e78c0c16(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__654aa3a26ac781a00adc9768aa2fb8a89ef61364b90c41283db16e89fd55e8c0(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12a7cff8559e4c8fbbd4275585c380b625b6fb1bd2c2498983c05c1163f9ec17(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9020be6891e8d5422999204d1b5a12ed518d965c2b29928ce5d6edcdccfe8c8(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e092cbfb1448d8f83572cd693cbb301615fa5f9b56507c2a111d2fba5f46407(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20deb510ab439b16feb5eaf06d3877e9cdafd0ecef51456ebd34f77a6438fb07(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ebc5df0dee06dedfcc99c956a0811375e4ed1d20e4778ae1393504683a4fdcd(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__428636b87ec6235caed8d88864edd293831628441ed8af979de71a7e718c0101(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efb438e72502aea5370a2eedb3f448338034fb8bae26452ed76f5d0e39fb8acd(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a1c65e57ab4fa9a786b9527017e18813d9f995edd3cae4fa7ecdb822a31a9a8(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faa8afd2afd2c74e5d7ad3602a1186ce5371663af3fc4cc1f620cef6009e5ace(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95e0082cc230854b0ec3e8eb6bb2a56908c774630dc75fd85e38c92f7024b886(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53ea31ea1a6e5d232a9457b272d28511a1e3d78ea845b13a326aa08efc91a878(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__966cba71dc28dcbd733d3409a3abfab14cba7ef2ea4650f09b7d7dcc77dd4b6c(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0554bc8615f8151668c8ebf6876810adc15bed066c92eff164c3f7336788d54(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd1ac7406b2d001f48d903e86b64a5d016b4cd7d17cb0c61e100cc88c3a5d833(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0877d8230763e9b711543e149f2178af1447c10f45af9bc0716455ec7e81274f(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75251bef0f90459233df0fd6e48164606bdbee6fc9285c49076153d91ea5cb42(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e484249544087bcb09a694fd97081e214204a63c016d959ab81dc79c8771ae9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07947a65a112cfe3ca678fa57fe13e938ef3dc50241c3244921686b35e57c7ba(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__012441aa0f64c3f3b74e601f7f73fccf9970fb444dedbd5f4c1adaed2fede460(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8e43f953a80b0fc191018148e43d9f26a108dfb3b35461d3e154ad704224888(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4674f190cc5d321bf39219c160fcb6c7570863908e90f3ff21dfad3001f69b1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18ce35a69297a95b0e04f8d5c55fbf279de9ed160ae01dd400fbd59289c7b832(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9de51e32a43da7b00f91ccc69cde513607fba9651bd9205009fb560431662f70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37185e42e83cc325ae005a67b2db75d92776fe986ae74faa756ddf1320ebc339(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55ecc7c46fcf7d9507ace9ed1fedfa849bed8a02ede8ae18de8305ab213c6a33(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3ea27d79aaeb14543e77bb232af554f6976c5522aba2a379fb255656005f5ef(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cf5355a4b3a26a77b984231288dcbd79fa57093ea80f390992fa0490b6581e1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d554cb2e3ad78d8f94d07c1b0db6bfa5ecddb809a278d03e32b98816b05e7cd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7078a3c4e8676895f463d1a295e7b8e23363b24902b7a70604a78c69ec498c90(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bf3abc15448436dfe01d036c30aea7e672c590b8eb893ff5df86b69b25dd078(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71b4e1914f8c2a17e8b93c454a22737755383900e2771113e776754e7ecd4b54(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ca26cceb9ef8f0083813a73a1a78fe3faaa25c5ec0aace5198579466a717184(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ad982329cca42a4fc5c0f5b7db387d3de51b6bd1d26a93dbdea6075bd731c9c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db93639b560081306d59c9f11fcb0803284228984161ab626b62c0145a9ab5fd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60fab3af2ad2dc996bc95000122ea5fdb18ba7533c392cc2b36bc24e012f9053(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d03573e24396c139f74d6e99c0f762061273e06adf807e1d280b5f8749afcf4d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd62eb906a586dbbbe7219c459387dab3abf356d23e6fddac45f1ba737b452ce(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a15aee30755700a9eda608f9164403ccd77c73484389e02f0c9d21245e41861(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1551319463cb7fbf7c0fe4a7ddfc6ba10d6842b909a770eddba31be7c9a3a15d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__408da2d5002c93146e2003f9d169be4beec5963ae63bcac67d912b26c1f52411(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b31750a4d0b2cf6e8c9633d79c6f8907b28a2912e2a8d2e26aba387ef2a24692(
    *,
    playbook: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40154b702d4ea56397237fb6947deee5ec0905982a879642bc002ed4f1e6a4e0(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e09e5e27a7b51f32a6970b33244e56daaa22f71763404fc0709d341f9f4a4794(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd8c89b78e1fc00c375104af25f6106d5774343bef85d0f7589b509ba712e833(
    value: typing.Optional[StackAnsible],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2022c938be0703aea25e09ab367661085561c475c962156ed85cb49474192ad(
    *,
    project: builtins.str,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a00ee091df2e759c2c11d63477cd431f18cebd024906e1fbd0539506c6589914(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07b93a20433cae4091d5e1142827bb07bb7e74622e976d0b3ab387d4ca1f2bb9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5c265f6b8722f9abff2ef651d03d19b9084a5cf4a4610aa11892eb1d89b0ec5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e155d021f1284962d18e42770d4bcb4337b11270aa40f5d9bd3c6d71ee46481(
    value: typing.Optional[StackAzureDevops],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35e49849768c6cc1435baea0e84d4b2f7b0ca99e327ec9cd45981f0722e963f7(
    *,
    namespace: builtins.str,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c9e4f1d272ef3db8d36961999fbcce177ac7a2500f6e7b97a1ed1c38057e024(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3b7f1575b320c21c7bd5e1ed5fd96fbb81e73c52c52f413a71c38c122780219(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e5945126a0ed865568eca7088c5a84c4820750296d844e252001faf77c427aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ae07b5dfc14c8c81539c08a382ed7a77f8897f5cfee10f2c3287cb2ffbdbea0(
    value: typing.Optional[StackBitbucketCloud],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4363c76e2d8e219ed7671dd1da29347d1746f8d59466216cf79cbe81946bafdf(
    *,
    namespace: builtins.str,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e12fc33fdfbf52bf2022d7c47ceeea7fef2576843474f5915851e4cf05bfdd52(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__298d80f5b04c733ac6235c531fb5e0ec5d0244ac8142d0f0f7f477486a69b9d4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99cee3a864107888e64709f3f56c59a0c7b2f1fbc863b77d71b717976bc0d58f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__849545c5f24a222fc017e9e0a387e643ea4b344f3ffc72c8d58adfb679bea94e(
    value: typing.Optional[StackBitbucketDatacenter],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da4bb15bc2974bb98d3b5bc04c44e2d141fc780dd1382b09453fae38b83f0bc7(
    *,
    entry_template_file: builtins.str,
    region: builtins.str,
    stack_name: builtins.str,
    template_bucket: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a6d5ec486bf6da80cdfbe9b217c6eb2de7668339531f1c34150f5abadf8b348(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41b6143675059e2215a5bf9706f0dd069d5da63f7211a387dbdf68b5a387ca18(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71db394ac80fb8775b9dd84f6fd7122e2cd1d0ed9ba703b2e0ed42a658d9ca53(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff98c66704cccb4b31610d7f493941157501f79691cdcfe4f45be86d67280651(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a12c3214ad9ca7928a356fcc500a0024f37c39ee6e6bab04841c890f5db97620(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abcc7b35a365f189312ed133319b47f5058586746ce54efd788a151eeeecb265(
    value: typing.Optional[StackCloudformation],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7e766eb3df0b54e6197aa833d5e606fecad00f56804d6c9873ddf2030db6ef5(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    branch: builtins.str,
    name: builtins.str,
    repository: builtins.str,
    additional_project_globs: typing.Optional[typing.Sequence[builtins.str]] = None,
    administrative: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    after_apply: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_destroy: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_init: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_perform: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_plan: typing.Optional[typing.Sequence[builtins.str]] = None,
    after_run: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_run_promotion: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ansible: typing.Optional[typing.Union[StackAnsible, typing.Dict[builtins.str, typing.Any]]] = None,
    autodeploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    autoretry: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    azure_devops: typing.Optional[typing.Union[StackAzureDevops, typing.Dict[builtins.str, typing.Any]]] = None,
    before_apply: typing.Optional[typing.Sequence[builtins.str]] = None,
    before_destroy: typing.Optional[typing.Sequence[builtins.str]] = None,
    before_init: typing.Optional[typing.Sequence[builtins.str]] = None,
    before_perform: typing.Optional[typing.Sequence[builtins.str]] = None,
    before_plan: typing.Optional[typing.Sequence[builtins.str]] = None,
    bitbucket_cloud: typing.Optional[typing.Union[StackBitbucketCloud, typing.Dict[builtins.str, typing.Any]]] = None,
    bitbucket_datacenter: typing.Optional[typing.Union[StackBitbucketDatacenter, typing.Dict[builtins.str, typing.Any]]] = None,
    cloudformation: typing.Optional[typing.Union[StackCloudformation, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    enable_local_preview: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_sensitive_outputs_upload: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_well_known_secret_masking: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    github_action_deploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    github_enterprise: typing.Optional[typing.Union[StackGithubEnterprise, typing.Dict[builtins.str, typing.Any]]] = None,
    gitlab: typing.Optional[typing.Union[StackGitlab, typing.Dict[builtins.str, typing.Any]]] = None,
    git_sparse_checkout_paths: typing.Optional[typing.Sequence[builtins.str]] = None,
    id: typing.Optional[builtins.str] = None,
    import_state: typing.Optional[builtins.str] = None,
    import_state_file: typing.Optional[builtins.str] = None,
    kubernetes: typing.Optional[typing.Union[StackKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
    labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    manage_state: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    opentofu: typing.Optional[typing.Union[StackOpentofu, typing.Dict[builtins.str, typing.Any]]] = None,
    project_root: typing.Optional[builtins.str] = None,
    protect_from_deletion: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    pulumi: typing.Optional[typing.Union[StackPulumi, typing.Dict[builtins.str, typing.Any]]] = None,
    raw_git: typing.Optional[typing.Union[StackRawGit, typing.Dict[builtins.str, typing.Any]]] = None,
    runner_image: typing.Optional[builtins.str] = None,
    showcase: typing.Optional[typing.Union[StackShowcase, typing.Dict[builtins.str, typing.Any]]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    terraform_external_state_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    terraform_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    terraform_version: typing.Optional[builtins.str] = None,
    terraform_workflow_tool: typing.Optional[builtins.str] = None,
    terraform_workspace: typing.Optional[builtins.str] = None,
    terragrunt: typing.Optional[typing.Union[StackTerragrunt, typing.Dict[builtins.str, typing.Any]]] = None,
    worker_pool_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68180a08648b984873fe751d573c04211a3e6fcbd1e775264e6d6b65436e5c3f(
    *,
    namespace: builtins.str,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d418c841ded836ca979b4839f5c1689eaccdf4a047393346179bec183971256(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59610ddc90fef3318b51646ed349fb2b27b72c6e2c7066a04a7812a08c9ccef2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dddae8e3a7be04e58c76028ad440948b2160a4e5f2a97b707269d5de59c0adf0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__212ace41af0925a7f9af134c1f13527679de64858320103d54d603955e0fdc7e(
    value: typing.Optional[StackGithubEnterprise],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9becec1d5cc11ce8fba96961194aadef2d9dd182938e57c9b2cccef02d25184e(
    *,
    namespace: builtins.str,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1695c110724b755eef9606297ee5af8caedbe11b42f27a89de0a047280973816(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f219e61cec6bf67ce2c14d93157df423427c629bf50046d4794344c7aad22e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09339889615044cb4a6d91bed1d007b1a93e2a57ae459ed531378bc8074195c9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__924b72b7df920c7b613682e827c790e6ecb65d483bafe5d26da1d9284210a5a7(
    value: typing.Optional[StackGitlab],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__371eb6d3e0c0d7b6c89d31bfa245ffd88a4a8e2e74cd060a00fd4a5a4f6ae6a5(
    *,
    kubectl_version: typing.Optional[builtins.str] = None,
    kubernetes_workflow_tool: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea607ece4aa3bf12025b86d1bc5a956596206532ff673c65668efbaea1f049f7(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74a5eafac5182ea664bebe809ffaf47ca4f8b00fdf93284b8a965d100c3a25c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebdfbb4a87652386844d6464f1739b6aea73b31d2a617e2c5b002dc3c8944450(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f535664e928780390479afa22813354d3fa3f3afc36781c915da104b84765fb5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da86f9bc6f17cfdc680b854f6b7b888cbd0a9834fc03e010cd9a0e279ddd7cd7(
    value: typing.Optional[StackKubernetes],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca0aeb9e8503d695b9120d2154a056f9b10dd740e5d64662e21450325ff19713(
    *,
    external_state_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    logging: typing.Optional[typing.Union[StackOpentofuLogging, typing.Dict[builtins.str, typing.Any]]] = None,
    use_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    version: typing.Optional[builtins.str] = None,
    workflow_tool: typing.Optional[builtins.str] = None,
    workspace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d90b7c620a646a52a778b6a60cef280b1c6132ccdccc7ac14a77005bfd1fc524(
    *,
    concise: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c3c8ef0e58626a2e574d2dfe16d3c37e771a7b67b2500887bf8093ebbb4bdfb(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec548d095193b5446a0fa191b12e97fea85079c41e870441dc8972bfd8fd01b3(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b96987a5b6b6c4cc5e496160de65009f4fb6e34671b2dd1861246a954400e27(
    value: typing.Optional[StackOpentofuLogging],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0fdbfd8e1da12e330af3c31716737f8098dc7e99b50efccf5d7f2958939e411(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab76e3d992a837961b6a8b0342c967a123d495a3b7a606421aad30dd570b0d20(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df3d6a863b1727e6f15c4053c78822d4b9949cbbbeac925ad0ec4d7f8f9e3ebe(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f584c9fdecdc832f2b6f7e38e249da1bc956833339441a1c8b30a54c345726ff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__270c560bee7169b0d7a8d9b4aedfb7887642a40bb1f68220996fa0b353882598(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f48ca58e4a12a08fb0e7f396072186bdd08b5194931775cf14b442915911aa22(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b96312084e65692374eff4ca897049b0b7d5b1f6baab81e74e644f8060971b5(
    value: typing.Optional[StackOpentofu],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60ed5b21afd86801289ee0896319f15ee55f6c38d49271d5db49226364e37a74(
    *,
    login_url: builtins.str,
    stack_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2caca8101e815f8286bcd5576bab8ee265820662a3c30ee8737427b17c36079(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff3a095eac838def08741f2ac271a403d9217dacb56b936137e70771348b1446(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e8041ee40664ea03a45fa2a1bc4f8b1743bb914322a21c52b5060dc5a7fd858(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dde1ca625ed007da60cbc9fdf06d3d1dda2acf5b01c4a287ed54421c6fa90fea(
    value: typing.Optional[StackPulumi],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01d0fcb88fed11f3b848f01c9667fd87ae944fc531c7f5caf45fe4893f9e9ea6(
    *,
    namespace: builtins.str,
    url: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b863a119aeb545861ec4431ed3838f72edfa5804c9c79525ed2a6301ae586929(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7910dcdc434059cde4002e77742debb902e38a6f1be8227f0f94caae3f9512f4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9a0035a3f56bea48282ef537e4435f63182228b3a2142c41833d509d57b8131(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74f3100698037888871789e8490fe93b03b92b99ccb4c2fa4850b8bc6688d109(
    value: typing.Optional[StackRawGit],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cbf55c74fe39a86d7d5dc4c83bacd0c6f48e5a5c35b671e42f02365220cce70(
    *,
    namespace: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3ab2d0a77d39f3faf54a45ba6c536bce8aa2d79e453ea89d70b7b8a52f02987(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a355cd3acaaca102f97296cbe2a099754aa783061c5152757470f2a9b1c14c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93ffc9e14cdd390ae0613aa999e00248e866578c8f11aed66066f185fc922de3(
    value: typing.Optional[StackShowcase],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca7a4ea58107ab2eb5114b3a2de1a57edd5176da7b7ec5d7099a9635f32c923a(
    *,
    prefix_resource_names_with_module_name: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    skip_replan: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    skip_replan_when_run_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    terraform_version: typing.Optional[builtins.str] = None,
    terragrunt_version: typing.Optional[builtins.str] = None,
    tool: typing.Optional[builtins.str] = None,
    use_run_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    use_smart_sanitization: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    use_state_management: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bd6f7a2254166fb8d06ddcd615096988353e9f554e171cdd006db90c26fc07c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abacf277de1e577719423d19840ee7786431de4c8d69ee205914e0b73aec1cc5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fee6850d50e4c4ae99d7c370d6694bedd4982e3eea51d68bd3bda04cc1db5ce9(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62c6a8adaf83d3c43f7c77d72e91e645ca279b19f1548cd3d8f3ca6bd0520e11(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__46fa38efa8d37c1a2d986fc493b5357716907df8f14fd7a861eed00fd8f352d3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__436adc6489811da6eb0bea3fc70e3063af2185c40294f1c9f10971287d873bbc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c888a3e672929fa0b8dcbce0e407e0e16a5fef42284555ba389180ebb2c5e4d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8a52606e1ace24bb3b1d1cc32dca930c51f4139c5f191ebab71e44a9dfc3e3c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e5831599e8f13ca03dd2779054459b5eed4f2af2c488cb06f3a49ebaa1bf8ff(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__650be54a9335ef5287f078540e7c0e50748ef04126b84d16dba60bd601c8a1ac(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c19a8579adef4e7c6a3a2c35e6e16f1b7fdf515a9f9902829bc075d90990223(
    value: typing.Optional[StackTerragrunt],
) -> None:
    """Type checking stubs"""
    pass
