r'''
# `provider`

Refer to the Terraform Registry for docs: [`kafka`](https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs).
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


class KafkaProvider(
    _cdktf_9a9027ec.TerraformProvider,
    metaclass=jsii.JSIIMeta,
    jsii_type="kafka.provider.KafkaProvider",
):
    '''Represents a {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs kafka}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        bootstrap_servers: typing.Sequence[builtins.str],
        alias: typing.Optional[builtins.str] = None,
        ca_cert: typing.Optional[builtins.str] = None,
        ca_cert_file: typing.Optional[builtins.str] = None,
        client_cert: typing.Optional[builtins.str] = None,
        client_cert_file: typing.Optional[builtins.str] = None,
        client_key: typing.Optional[builtins.str] = None,
        client_key_file: typing.Optional[builtins.str] = None,
        client_key_passphrase: typing.Optional[builtins.str] = None,
        kafka_version: typing.Optional[builtins.str] = None,
        sasl_aws_access_key: typing.Optional[builtins.str] = None,
        sasl_aws_container_authorization_token_file: typing.Optional[builtins.str] = None,
        sasl_aws_container_credentials_full_uri: typing.Optional[builtins.str] = None,
        sasl_aws_creds_debug: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        sasl_aws_external_id: typing.Optional[builtins.str] = None,
        sasl_aws_profile: typing.Optional[builtins.str] = None,
        sasl_aws_region: typing.Optional[builtins.str] = None,
        sasl_aws_role_arn: typing.Optional[builtins.str] = None,
        sasl_aws_secret_key: typing.Optional[builtins.str] = None,
        sasl_aws_shared_config_files: typing.Optional[typing.Sequence[builtins.str]] = None,
        sasl_aws_token: typing.Optional[builtins.str] = None,
        sasl_mechanism: typing.Optional[builtins.str] = None,
        sasl_oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        sasl_password: typing.Optional[builtins.str] = None,
        sasl_token_url: typing.Optional[builtins.str] = None,
        sasl_username: typing.Optional[builtins.str] = None,
        skip_tls_verify: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        timeout: typing.Optional[jsii.Number] = None,
        tls_enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs kafka} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param bootstrap_servers: A list of kafka brokers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#bootstrap_servers KafkaProvider#bootstrap_servers}
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#alias KafkaProvider#alias}
        :param ca_cert: CA certificate file to validate the server's certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#ca_cert KafkaProvider#ca_cert}
        :param ca_cert_file: Path to a CA certificate file to validate the server's certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#ca_cert_file KafkaProvider#ca_cert_file}
        :param client_cert: The client certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_cert KafkaProvider#client_cert}
        :param client_cert_file: Path to a file containing the client certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_cert_file KafkaProvider#client_cert_file}
        :param client_key: The private key that the certificate was issued for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key KafkaProvider#client_key}
        :param client_key_file: Path to a file containing the private key that the certificate was issued for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key_file KafkaProvider#client_key_file}
        :param client_key_passphrase: The passphrase for the private key that the certificate was issued for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key_passphrase KafkaProvider#client_key_passphrase}
        :param kafka_version: The version of Kafka protocol to use in ``$MAJOR.$MINOR.$PATCH`` format. Some features may not be available on older versions. Default is 2.7.0. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#kafka_version KafkaProvider#kafka_version}
        :param sasl_aws_access_key: The AWS access key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_access_key KafkaProvider#sasl_aws_access_key}
        :param sasl_aws_container_authorization_token_file: Path to a file containing the AWS pod identity authorization token. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_container_authorization_token_file KafkaProvider#sasl_aws_container_authorization_token_file}
        :param sasl_aws_container_credentials_full_uri: URI to retrieve AWS credentials from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_container_credentials_full_uri KafkaProvider#sasl_aws_container_credentials_full_uri}
        :param sasl_aws_creds_debug: Set this to true to turn AWS credentials debug. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_creds_debug KafkaProvider#sasl_aws_creds_debug}
        :param sasl_aws_external_id: External ID of the AWS IAM role to assume. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_external_id KafkaProvider#sasl_aws_external_id}
        :param sasl_aws_profile: AWS profile name to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_profile KafkaProvider#sasl_aws_profile}
        :param sasl_aws_region: AWS region where MSK is deployed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_region KafkaProvider#sasl_aws_region}
        :param sasl_aws_role_arn: Arn of an AWS IAM role to assume. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_role_arn KafkaProvider#sasl_aws_role_arn}
        :param sasl_aws_secret_key: The AWS secret key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_secret_key KafkaProvider#sasl_aws_secret_key}
        :param sasl_aws_shared_config_files: List of paths to AWS shared config files. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_shared_config_files KafkaProvider#sasl_aws_shared_config_files}
        :param sasl_aws_token: The AWS session token. Only required if you are using temporary security credentials. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_token KafkaProvider#sasl_aws_token}
        :param sasl_mechanism: SASL mechanism, can be plain, scram-sha512, scram-sha256, aws-iam. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_mechanism KafkaProvider#sasl_mechanism}
        :param sasl_oauth_scopes: OAuth scopes to request when using the oauthbearer mechanism. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_oauth_scopes KafkaProvider#sasl_oauth_scopes}
        :param sasl_password: Password for SASL authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_password KafkaProvider#sasl_password}
        :param sasl_token_url: The url to retrieve oauth2 tokens from, when using sasl mechanism oauthbearer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_token_url KafkaProvider#sasl_token_url}
        :param sasl_username: Username for SASL authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_username KafkaProvider#sasl_username}
        :param skip_tls_verify: Set this to true only if the target Kafka server is an insecure development instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#skip_tls_verify KafkaProvider#skip_tls_verify}
        :param timeout: Timeout in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#timeout KafkaProvider#timeout}
        :param tls_enabled: Enable communication with the Kafka Cluster over TLS. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#tls_enabled KafkaProvider#tls_enabled}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d35d8d4a23888b463a48021fafc1e3e9927801ece1754b49a3dac305b77a8380)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = KafkaProviderConfig(
            bootstrap_servers=bootstrap_servers,
            alias=alias,
            ca_cert=ca_cert,
            ca_cert_file=ca_cert_file,
            client_cert=client_cert,
            client_cert_file=client_cert_file,
            client_key=client_key,
            client_key_file=client_key_file,
            client_key_passphrase=client_key_passphrase,
            kafka_version=kafka_version,
            sasl_aws_access_key=sasl_aws_access_key,
            sasl_aws_container_authorization_token_file=sasl_aws_container_authorization_token_file,
            sasl_aws_container_credentials_full_uri=sasl_aws_container_credentials_full_uri,
            sasl_aws_creds_debug=sasl_aws_creds_debug,
            sasl_aws_external_id=sasl_aws_external_id,
            sasl_aws_profile=sasl_aws_profile,
            sasl_aws_region=sasl_aws_region,
            sasl_aws_role_arn=sasl_aws_role_arn,
            sasl_aws_secret_key=sasl_aws_secret_key,
            sasl_aws_shared_config_files=sasl_aws_shared_config_files,
            sasl_aws_token=sasl_aws_token,
            sasl_mechanism=sasl_mechanism,
            sasl_oauth_scopes=sasl_oauth_scopes,
            sasl_password=sasl_password,
            sasl_token_url=sasl_token_url,
            sasl_username=sasl_username,
            skip_tls_verify=skip_tls_verify,
            timeout=timeout,
            tls_enabled=tls_enabled,
        )

        jsii.create(self.__class__, self, [scope, id, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a KafkaProvider resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the KafkaProvider to import.
        :param import_from_id: The id of the existing KafkaProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the KafkaProvider to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b4ca933141069be36d00ac4a8c96c638b43ee0cf3530b98ddea65d12108bd2e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAlias")
    def reset_alias(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlias", []))

    @jsii.member(jsii_name="resetCaCert")
    def reset_ca_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCaCert", []))

    @jsii.member(jsii_name="resetCaCertFile")
    def reset_ca_cert_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCaCertFile", []))

    @jsii.member(jsii_name="resetClientCert")
    def reset_client_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCert", []))

    @jsii.member(jsii_name="resetClientCertFile")
    def reset_client_cert_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCertFile", []))

    @jsii.member(jsii_name="resetClientKey")
    def reset_client_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientKey", []))

    @jsii.member(jsii_name="resetClientKeyFile")
    def reset_client_key_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientKeyFile", []))

    @jsii.member(jsii_name="resetClientKeyPassphrase")
    def reset_client_key_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientKeyPassphrase", []))

    @jsii.member(jsii_name="resetKafkaVersion")
    def reset_kafka_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKafkaVersion", []))

    @jsii.member(jsii_name="resetSaslAwsAccessKey")
    def reset_sasl_aws_access_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsAccessKey", []))

    @jsii.member(jsii_name="resetSaslAwsContainerAuthorizationTokenFile")
    def reset_sasl_aws_container_authorization_token_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsContainerAuthorizationTokenFile", []))

    @jsii.member(jsii_name="resetSaslAwsContainerCredentialsFullUri")
    def reset_sasl_aws_container_credentials_full_uri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsContainerCredentialsFullUri", []))

    @jsii.member(jsii_name="resetSaslAwsCredsDebug")
    def reset_sasl_aws_creds_debug(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsCredsDebug", []))

    @jsii.member(jsii_name="resetSaslAwsExternalId")
    def reset_sasl_aws_external_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsExternalId", []))

    @jsii.member(jsii_name="resetSaslAwsProfile")
    def reset_sasl_aws_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsProfile", []))

    @jsii.member(jsii_name="resetSaslAwsRegion")
    def reset_sasl_aws_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsRegion", []))

    @jsii.member(jsii_name="resetSaslAwsRoleArn")
    def reset_sasl_aws_role_arn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsRoleArn", []))

    @jsii.member(jsii_name="resetSaslAwsSecretKey")
    def reset_sasl_aws_secret_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsSecretKey", []))

    @jsii.member(jsii_name="resetSaslAwsSharedConfigFiles")
    def reset_sasl_aws_shared_config_files(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsSharedConfigFiles", []))

    @jsii.member(jsii_name="resetSaslAwsToken")
    def reset_sasl_aws_token(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslAwsToken", []))

    @jsii.member(jsii_name="resetSaslMechanism")
    def reset_sasl_mechanism(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslMechanism", []))

    @jsii.member(jsii_name="resetSaslOauthScopes")
    def reset_sasl_oauth_scopes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslOauthScopes", []))

    @jsii.member(jsii_name="resetSaslPassword")
    def reset_sasl_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslPassword", []))

    @jsii.member(jsii_name="resetSaslTokenUrl")
    def reset_sasl_token_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslTokenUrl", []))

    @jsii.member(jsii_name="resetSaslUsername")
    def reset_sasl_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSaslUsername", []))

    @jsii.member(jsii_name="resetSkipTlsVerify")
    def reset_skip_tls_verify(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipTlsVerify", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

    @jsii.member(jsii_name="resetTlsEnabled")
    def reset_tls_enabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTlsEnabled", []))

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
    @jsii.member(jsii_name="aliasInput")
    def alias_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aliasInput"))

    @builtins.property
    @jsii.member(jsii_name="bootstrapServersInput")
    def bootstrap_servers_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "bootstrapServersInput"))

    @builtins.property
    @jsii.member(jsii_name="caCertFileInput")
    def ca_cert_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caCertFileInput"))

    @builtins.property
    @jsii.member(jsii_name="caCertInput")
    def ca_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caCertInput"))

    @builtins.property
    @jsii.member(jsii_name="clientCertFileInput")
    def client_cert_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertFileInput"))

    @builtins.property
    @jsii.member(jsii_name="clientCertInput")
    def client_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertInput"))

    @builtins.property
    @jsii.member(jsii_name="clientKeyFileInput")
    def client_key_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientKeyFileInput"))

    @builtins.property
    @jsii.member(jsii_name="clientKeyInput")
    def client_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="clientKeyPassphraseInput")
    def client_key_passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientKeyPassphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="kafkaVersionInput")
    def kafka_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "kafkaVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsAccessKeyInput")
    def sasl_aws_access_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsAccessKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsContainerAuthorizationTokenFileInput")
    def sasl_aws_container_authorization_token_file_input(
        self,
    ) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsContainerAuthorizationTokenFileInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsContainerCredentialsFullUriInput")
    def sasl_aws_container_credentials_full_uri_input(
        self,
    ) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsContainerCredentialsFullUriInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsCredsDebugInput")
    def sasl_aws_creds_debug_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "saslAwsCredsDebugInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsExternalIdInput")
    def sasl_aws_external_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsExternalIdInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsProfileInput")
    def sasl_aws_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsRegionInput")
    def sasl_aws_region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsRegionInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsRoleArnInput")
    def sasl_aws_role_arn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsRoleArnInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsSecretKeyInput")
    def sasl_aws_secret_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsSecretKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsSharedConfigFilesInput")
    def sasl_aws_shared_config_files_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "saslAwsSharedConfigFilesInput"))

    @builtins.property
    @jsii.member(jsii_name="saslAwsTokenInput")
    def sasl_aws_token_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsTokenInput"))

    @builtins.property
    @jsii.member(jsii_name="saslMechanismInput")
    def sasl_mechanism_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslMechanismInput"))

    @builtins.property
    @jsii.member(jsii_name="saslOauthScopesInput")
    def sasl_oauth_scopes_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "saslOauthScopesInput"))

    @builtins.property
    @jsii.member(jsii_name="saslPasswordInput")
    def sasl_password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslPasswordInput"))

    @builtins.property
    @jsii.member(jsii_name="saslTokenUrlInput")
    def sasl_token_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslTokenUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="saslUsernameInput")
    def sasl_username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslUsernameInput"))

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerifyInput")
    def skip_tls_verify_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipTlsVerifyInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="tlsEnabledInput")
    def tls_enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "tlsEnabledInput"))

    @builtins.property
    @jsii.member(jsii_name="alias")
    def alias(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alias"))

    @alias.setter
    def alias(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__41f4b9ffb89c5c59905ba9ff5356abb596876e3ddf2379caea0d5fa28e4918c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alias", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bootstrapServers")
    def bootstrap_servers(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "bootstrapServers"))

    @bootstrap_servers.setter
    def bootstrap_servers(
        self,
        value: typing.Optional[typing.List[builtins.str]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d7a9a40aa08234b191a3a1ee1726b6e6a4526456f63ccf2053e24d828feb13f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bootstrapServers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="caCert")
    def ca_cert(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caCert"))

    @ca_cert.setter
    def ca_cert(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__95cba62d477af2bf9512568bf69e6a480900a7b9c44cd4784b9e673307181b4f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "caCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="caCertFile")
    def ca_cert_file(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caCertFile"))

    @ca_cert_file.setter
    def ca_cert_file(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__82d0fac6e44060b6d7688a8f53734fc58ffe78a4f127c97a48aeed899509982c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "caCertFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCert")
    def client_cert(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCert"))

    @client_cert.setter
    def client_cert(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c567aea7d3b3b8ca8b2dad5df1c524b1fdf3525b8c8945886ea17c0e021fe85a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertFile")
    def client_cert_file(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertFile"))

    @client_cert_file.setter
    def client_cert_file(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c86b57a6e8e53e22f9ba699c3d5f6173afb59436a3825d960e07f42bcf57855)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientKey")
    def client_key(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientKey"))

    @client_key.setter
    def client_key(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e6dea8f2b030a32803b6bb26804fec9f64e004038dcd64ef64855ffb90ada04)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientKeyFile")
    def client_key_file(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientKeyFile"))

    @client_key_file.setter
    def client_key_file(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8611a0c433d65a8933150a40405366d23815dc5b15e4f22c28f981323f8afcfc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientKeyFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientKeyPassphrase")
    def client_key_passphrase(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientKeyPassphrase"))

    @client_key_passphrase.setter
    def client_key_passphrase(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__58cc3258528f7f4bd5cabc3b1c78c65ff17f4850730573219fc6c6c20950530c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientKeyPassphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="kafkaVersion")
    def kafka_version(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "kafkaVersion"))

    @kafka_version.setter
    def kafka_version(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__280b2e3d1dacc24a09efa9a43141e544a4a7a1d56f6ecb80d784a9391bff9361)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "kafkaVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsAccessKey")
    def sasl_aws_access_key(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsAccessKey"))

    @sasl_aws_access_key.setter
    def sasl_aws_access_key(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__808658592aca3d75e772065d0731c2ae41cf546ff8b046a66d22f95e51bc498d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsAccessKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsContainerAuthorizationTokenFile")
    def sasl_aws_container_authorization_token_file(
        self,
    ) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsContainerAuthorizationTokenFile"))

    @sasl_aws_container_authorization_token_file.setter
    def sasl_aws_container_authorization_token_file(
        self,
        value: typing.Optional[builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d54b5e9d72d3c5bd63f7b2f22c415dc95443e447a7f8f38b7ff4a011fa56c10)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsContainerAuthorizationTokenFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsContainerCredentialsFullUri")
    def sasl_aws_container_credentials_full_uri(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsContainerCredentialsFullUri"))

    @sasl_aws_container_credentials_full_uri.setter
    def sasl_aws_container_credentials_full_uri(
        self,
        value: typing.Optional[builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e2abaa7762b0607fd017156ab97558998236b8c3bd439c4d506f82b8ba49439)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsContainerCredentialsFullUri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsCredsDebug")
    def sasl_aws_creds_debug(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "saslAwsCredsDebug"))

    @sasl_aws_creds_debug.setter
    def sasl_aws_creds_debug(
        self,
        value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3257537e2fd8802934d5843631de8fc3608b50eb6b168c0233dfbdc7d0a1c2e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsCredsDebug", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsExternalId")
    def sasl_aws_external_id(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsExternalId"))

    @sasl_aws_external_id.setter
    def sasl_aws_external_id(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__afb656517475223d986cf51bda0c640dc216422b5c94e6e6e3b1dc8d23814105)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsExternalId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsProfile")
    def sasl_aws_profile(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsProfile"))

    @sasl_aws_profile.setter
    def sasl_aws_profile(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__634e2d15402047ca701d07aa5d56f151dfbd4260ac5d4fcf1683574e8bc0c592)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsRegion")
    def sasl_aws_region(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsRegion"))

    @sasl_aws_region.setter
    def sasl_aws_region(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__556bcdde90a9ad187ccf1ba949a44115347d4a7df7e86e0889d95b87e699d305)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsRegion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsRoleArn")
    def sasl_aws_role_arn(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsRoleArn"))

    @sasl_aws_role_arn.setter
    def sasl_aws_role_arn(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__267e57bd5705324b7849acb512a85136fffde5e55620f74f1f9aa54e89fc8abb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsRoleArn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsSecretKey")
    def sasl_aws_secret_key(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsSecretKey"))

    @sasl_aws_secret_key.setter
    def sasl_aws_secret_key(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__80178309b1371cbb63b7dd53475c9620cc978b585f8f536e838493edb0aac1ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsSecretKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsSharedConfigFiles")
    def sasl_aws_shared_config_files(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "saslAwsSharedConfigFiles"))

    @sasl_aws_shared_config_files.setter
    def sasl_aws_shared_config_files(
        self,
        value: typing.Optional[typing.List[builtins.str]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__31440374b0096f3805eab721081ff69a5071fc7d38b404c0cb556be7883f7ddc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsSharedConfigFiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslAwsToken")
    def sasl_aws_token(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslAwsToken"))

    @sasl_aws_token.setter
    def sasl_aws_token(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0fc6f2748d0b8bc53e12ee8e643f07daf26f28e9db4df51b029942c6b332fb2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslAwsToken", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslMechanism")
    def sasl_mechanism(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslMechanism"))

    @sasl_mechanism.setter
    def sasl_mechanism(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1dc60cae2082918bcfc3e085a3a1f31e3607d2331547668da63341e7b4b136f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslMechanism", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslOauthScopes")
    def sasl_oauth_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "saslOauthScopes"))

    @sasl_oauth_scopes.setter
    def sasl_oauth_scopes(
        self,
        value: typing.Optional[typing.List[builtins.str]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__875b35dbcde94f0359a58d7ab29b74a79f8176eba11cbb0c27ec9bb9fad24c13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslOauthScopes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslPassword")
    def sasl_password(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslPassword"))

    @sasl_password.setter
    def sasl_password(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f044a57cfa1b8b944d7bb1c7dbba125c73e5ec70f33d6daf23718fe6ffc682dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslPassword", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslTokenUrl")
    def sasl_token_url(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslTokenUrl"))

    @sasl_token_url.setter
    def sasl_token_url(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e1addb59593d6c1c3dab8cea4c62eb84e9f31a6e7f9eeb4c5ef8b719db9eea4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslTokenUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="saslUsername")
    def sasl_username(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "saslUsername"))

    @sasl_username.setter
    def sasl_username(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b9d949a3feb7f9a0fa932a30e4141d6f0bd1d5e62fdea6ba070aa167e0f83c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "saslUsername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerify")
    def skip_tls_verify(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipTlsVerify"))

    @skip_tls_verify.setter
    def skip_tls_verify(
        self,
        value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a85842fd86e64fc3de9ee3a24b95a141fd0c7ea304c5b8ae74a2bc3de3f4f6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipTlsVerify", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7dc77d9485fd392eda668c1e462a3ff31e876ac33878f62b2c918899a0adb8c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tlsEnabled")
    def tls_enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "tlsEnabled"))

    @tls_enabled.setter
    def tls_enabled(
        self,
        value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09f312d2a597f945a243ef3b5aa3c60f6ef09453d15081add3f604b41bc304c5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tlsEnabled", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="kafka.provider.KafkaProviderConfig",
    jsii_struct_bases=[],
    name_mapping={
        "bootstrap_servers": "bootstrapServers",
        "alias": "alias",
        "ca_cert": "caCert",
        "ca_cert_file": "caCertFile",
        "client_cert": "clientCert",
        "client_cert_file": "clientCertFile",
        "client_key": "clientKey",
        "client_key_file": "clientKeyFile",
        "client_key_passphrase": "clientKeyPassphrase",
        "kafka_version": "kafkaVersion",
        "sasl_aws_access_key": "saslAwsAccessKey",
        "sasl_aws_container_authorization_token_file": "saslAwsContainerAuthorizationTokenFile",
        "sasl_aws_container_credentials_full_uri": "saslAwsContainerCredentialsFullUri",
        "sasl_aws_creds_debug": "saslAwsCredsDebug",
        "sasl_aws_external_id": "saslAwsExternalId",
        "sasl_aws_profile": "saslAwsProfile",
        "sasl_aws_region": "saslAwsRegion",
        "sasl_aws_role_arn": "saslAwsRoleArn",
        "sasl_aws_secret_key": "saslAwsSecretKey",
        "sasl_aws_shared_config_files": "saslAwsSharedConfigFiles",
        "sasl_aws_token": "saslAwsToken",
        "sasl_mechanism": "saslMechanism",
        "sasl_oauth_scopes": "saslOauthScopes",
        "sasl_password": "saslPassword",
        "sasl_token_url": "saslTokenUrl",
        "sasl_username": "saslUsername",
        "skip_tls_verify": "skipTlsVerify",
        "timeout": "timeout",
        "tls_enabled": "tlsEnabled",
    },
)
class KafkaProviderConfig:
    def __init__(
        self,
        *,
        bootstrap_servers: typing.Sequence[builtins.str],
        alias: typing.Optional[builtins.str] = None,
        ca_cert: typing.Optional[builtins.str] = None,
        ca_cert_file: typing.Optional[builtins.str] = None,
        client_cert: typing.Optional[builtins.str] = None,
        client_cert_file: typing.Optional[builtins.str] = None,
        client_key: typing.Optional[builtins.str] = None,
        client_key_file: typing.Optional[builtins.str] = None,
        client_key_passphrase: typing.Optional[builtins.str] = None,
        kafka_version: typing.Optional[builtins.str] = None,
        sasl_aws_access_key: typing.Optional[builtins.str] = None,
        sasl_aws_container_authorization_token_file: typing.Optional[builtins.str] = None,
        sasl_aws_container_credentials_full_uri: typing.Optional[builtins.str] = None,
        sasl_aws_creds_debug: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        sasl_aws_external_id: typing.Optional[builtins.str] = None,
        sasl_aws_profile: typing.Optional[builtins.str] = None,
        sasl_aws_region: typing.Optional[builtins.str] = None,
        sasl_aws_role_arn: typing.Optional[builtins.str] = None,
        sasl_aws_secret_key: typing.Optional[builtins.str] = None,
        sasl_aws_shared_config_files: typing.Optional[typing.Sequence[builtins.str]] = None,
        sasl_aws_token: typing.Optional[builtins.str] = None,
        sasl_mechanism: typing.Optional[builtins.str] = None,
        sasl_oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        sasl_password: typing.Optional[builtins.str] = None,
        sasl_token_url: typing.Optional[builtins.str] = None,
        sasl_username: typing.Optional[builtins.str] = None,
        skip_tls_verify: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        timeout: typing.Optional[jsii.Number] = None,
        tls_enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param bootstrap_servers: A list of kafka brokers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#bootstrap_servers KafkaProvider#bootstrap_servers}
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#alias KafkaProvider#alias}
        :param ca_cert: CA certificate file to validate the server's certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#ca_cert KafkaProvider#ca_cert}
        :param ca_cert_file: Path to a CA certificate file to validate the server's certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#ca_cert_file KafkaProvider#ca_cert_file}
        :param client_cert: The client certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_cert KafkaProvider#client_cert}
        :param client_cert_file: Path to a file containing the client certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_cert_file KafkaProvider#client_cert_file}
        :param client_key: The private key that the certificate was issued for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key KafkaProvider#client_key}
        :param client_key_file: Path to a file containing the private key that the certificate was issued for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key_file KafkaProvider#client_key_file}
        :param client_key_passphrase: The passphrase for the private key that the certificate was issued for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key_passphrase KafkaProvider#client_key_passphrase}
        :param kafka_version: The version of Kafka protocol to use in ``$MAJOR.$MINOR.$PATCH`` format. Some features may not be available on older versions. Default is 2.7.0. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#kafka_version KafkaProvider#kafka_version}
        :param sasl_aws_access_key: The AWS access key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_access_key KafkaProvider#sasl_aws_access_key}
        :param sasl_aws_container_authorization_token_file: Path to a file containing the AWS pod identity authorization token. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_container_authorization_token_file KafkaProvider#sasl_aws_container_authorization_token_file}
        :param sasl_aws_container_credentials_full_uri: URI to retrieve AWS credentials from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_container_credentials_full_uri KafkaProvider#sasl_aws_container_credentials_full_uri}
        :param sasl_aws_creds_debug: Set this to true to turn AWS credentials debug. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_creds_debug KafkaProvider#sasl_aws_creds_debug}
        :param sasl_aws_external_id: External ID of the AWS IAM role to assume. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_external_id KafkaProvider#sasl_aws_external_id}
        :param sasl_aws_profile: AWS profile name to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_profile KafkaProvider#sasl_aws_profile}
        :param sasl_aws_region: AWS region where MSK is deployed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_region KafkaProvider#sasl_aws_region}
        :param sasl_aws_role_arn: Arn of an AWS IAM role to assume. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_role_arn KafkaProvider#sasl_aws_role_arn}
        :param sasl_aws_secret_key: The AWS secret key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_secret_key KafkaProvider#sasl_aws_secret_key}
        :param sasl_aws_shared_config_files: List of paths to AWS shared config files. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_shared_config_files KafkaProvider#sasl_aws_shared_config_files}
        :param sasl_aws_token: The AWS session token. Only required if you are using temporary security credentials. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_token KafkaProvider#sasl_aws_token}
        :param sasl_mechanism: SASL mechanism, can be plain, scram-sha512, scram-sha256, aws-iam. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_mechanism KafkaProvider#sasl_mechanism}
        :param sasl_oauth_scopes: OAuth scopes to request when using the oauthbearer mechanism. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_oauth_scopes KafkaProvider#sasl_oauth_scopes}
        :param sasl_password: Password for SASL authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_password KafkaProvider#sasl_password}
        :param sasl_token_url: The url to retrieve oauth2 tokens from, when using sasl mechanism oauthbearer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_token_url KafkaProvider#sasl_token_url}
        :param sasl_username: Username for SASL authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_username KafkaProvider#sasl_username}
        :param skip_tls_verify: Set this to true only if the target Kafka server is an insecure development instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#skip_tls_verify KafkaProvider#skip_tls_verify}
        :param timeout: Timeout in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#timeout KafkaProvider#timeout}
        :param tls_enabled: Enable communication with the Kafka Cluster over TLS. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#tls_enabled KafkaProvider#tls_enabled}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__846592dc4b6f7a76e49a8441a2aa0d71cae5879653fd37aac43678ab596d1903)
            check_type(argname="argument bootstrap_servers", value=bootstrap_servers, expected_type=type_hints["bootstrap_servers"])
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument ca_cert", value=ca_cert, expected_type=type_hints["ca_cert"])
            check_type(argname="argument ca_cert_file", value=ca_cert_file, expected_type=type_hints["ca_cert_file"])
            check_type(argname="argument client_cert", value=client_cert, expected_type=type_hints["client_cert"])
            check_type(argname="argument client_cert_file", value=client_cert_file, expected_type=type_hints["client_cert_file"])
            check_type(argname="argument client_key", value=client_key, expected_type=type_hints["client_key"])
            check_type(argname="argument client_key_file", value=client_key_file, expected_type=type_hints["client_key_file"])
            check_type(argname="argument client_key_passphrase", value=client_key_passphrase, expected_type=type_hints["client_key_passphrase"])
            check_type(argname="argument kafka_version", value=kafka_version, expected_type=type_hints["kafka_version"])
            check_type(argname="argument sasl_aws_access_key", value=sasl_aws_access_key, expected_type=type_hints["sasl_aws_access_key"])
            check_type(argname="argument sasl_aws_container_authorization_token_file", value=sasl_aws_container_authorization_token_file, expected_type=type_hints["sasl_aws_container_authorization_token_file"])
            check_type(argname="argument sasl_aws_container_credentials_full_uri", value=sasl_aws_container_credentials_full_uri, expected_type=type_hints["sasl_aws_container_credentials_full_uri"])
            check_type(argname="argument sasl_aws_creds_debug", value=sasl_aws_creds_debug, expected_type=type_hints["sasl_aws_creds_debug"])
            check_type(argname="argument sasl_aws_external_id", value=sasl_aws_external_id, expected_type=type_hints["sasl_aws_external_id"])
            check_type(argname="argument sasl_aws_profile", value=sasl_aws_profile, expected_type=type_hints["sasl_aws_profile"])
            check_type(argname="argument sasl_aws_region", value=sasl_aws_region, expected_type=type_hints["sasl_aws_region"])
            check_type(argname="argument sasl_aws_role_arn", value=sasl_aws_role_arn, expected_type=type_hints["sasl_aws_role_arn"])
            check_type(argname="argument sasl_aws_secret_key", value=sasl_aws_secret_key, expected_type=type_hints["sasl_aws_secret_key"])
            check_type(argname="argument sasl_aws_shared_config_files", value=sasl_aws_shared_config_files, expected_type=type_hints["sasl_aws_shared_config_files"])
            check_type(argname="argument sasl_aws_token", value=sasl_aws_token, expected_type=type_hints["sasl_aws_token"])
            check_type(argname="argument sasl_mechanism", value=sasl_mechanism, expected_type=type_hints["sasl_mechanism"])
            check_type(argname="argument sasl_oauth_scopes", value=sasl_oauth_scopes, expected_type=type_hints["sasl_oauth_scopes"])
            check_type(argname="argument sasl_password", value=sasl_password, expected_type=type_hints["sasl_password"])
            check_type(argname="argument sasl_token_url", value=sasl_token_url, expected_type=type_hints["sasl_token_url"])
            check_type(argname="argument sasl_username", value=sasl_username, expected_type=type_hints["sasl_username"])
            check_type(argname="argument skip_tls_verify", value=skip_tls_verify, expected_type=type_hints["skip_tls_verify"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument tls_enabled", value=tls_enabled, expected_type=type_hints["tls_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bootstrap_servers": bootstrap_servers,
        }
        if alias is not None:
            self._values["alias"] = alias
        if ca_cert is not None:
            self._values["ca_cert"] = ca_cert
        if ca_cert_file is not None:
            self._values["ca_cert_file"] = ca_cert_file
        if client_cert is not None:
            self._values["client_cert"] = client_cert
        if client_cert_file is not None:
            self._values["client_cert_file"] = client_cert_file
        if client_key is not None:
            self._values["client_key"] = client_key
        if client_key_file is not None:
            self._values["client_key_file"] = client_key_file
        if client_key_passphrase is not None:
            self._values["client_key_passphrase"] = client_key_passphrase
        if kafka_version is not None:
            self._values["kafka_version"] = kafka_version
        if sasl_aws_access_key is not None:
            self._values["sasl_aws_access_key"] = sasl_aws_access_key
        if sasl_aws_container_authorization_token_file is not None:
            self._values["sasl_aws_container_authorization_token_file"] = sasl_aws_container_authorization_token_file
        if sasl_aws_container_credentials_full_uri is not None:
            self._values["sasl_aws_container_credentials_full_uri"] = sasl_aws_container_credentials_full_uri
        if sasl_aws_creds_debug is not None:
            self._values["sasl_aws_creds_debug"] = sasl_aws_creds_debug
        if sasl_aws_external_id is not None:
            self._values["sasl_aws_external_id"] = sasl_aws_external_id
        if sasl_aws_profile is not None:
            self._values["sasl_aws_profile"] = sasl_aws_profile
        if sasl_aws_region is not None:
            self._values["sasl_aws_region"] = sasl_aws_region
        if sasl_aws_role_arn is not None:
            self._values["sasl_aws_role_arn"] = sasl_aws_role_arn
        if sasl_aws_secret_key is not None:
            self._values["sasl_aws_secret_key"] = sasl_aws_secret_key
        if sasl_aws_shared_config_files is not None:
            self._values["sasl_aws_shared_config_files"] = sasl_aws_shared_config_files
        if sasl_aws_token is not None:
            self._values["sasl_aws_token"] = sasl_aws_token
        if sasl_mechanism is not None:
            self._values["sasl_mechanism"] = sasl_mechanism
        if sasl_oauth_scopes is not None:
            self._values["sasl_oauth_scopes"] = sasl_oauth_scopes
        if sasl_password is not None:
            self._values["sasl_password"] = sasl_password
        if sasl_token_url is not None:
            self._values["sasl_token_url"] = sasl_token_url
        if sasl_username is not None:
            self._values["sasl_username"] = sasl_username
        if skip_tls_verify is not None:
            self._values["skip_tls_verify"] = skip_tls_verify
        if timeout is not None:
            self._values["timeout"] = timeout
        if tls_enabled is not None:
            self._values["tls_enabled"] = tls_enabled

    @builtins.property
    def bootstrap_servers(self) -> typing.List[builtins.str]:
        '''A list of kafka brokers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#bootstrap_servers KafkaProvider#bootstrap_servers}
        '''
        result = self._values.get("bootstrap_servers")
        assert result is not None, "Required property 'bootstrap_servers' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''Alias name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#alias KafkaProvider#alias}
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert(self) -> typing.Optional[builtins.str]:
        '''CA certificate file to validate the server's certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#ca_cert KafkaProvider#ca_cert}
        '''
        result = self._values.get("ca_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert_file(self) -> typing.Optional[builtins.str]:
        '''Path to a CA certificate file to validate the server's certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#ca_cert_file KafkaProvider#ca_cert_file}
        '''
        result = self._values.get("ca_cert_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_cert(self) -> typing.Optional[builtins.str]:
        '''The client certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_cert KafkaProvider#client_cert}
        '''
        result = self._values.get("client_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_cert_file(self) -> typing.Optional[builtins.str]:
        '''Path to a file containing the client certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_cert_file KafkaProvider#client_cert_file}
        '''
        result = self._values.get("client_cert_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_key(self) -> typing.Optional[builtins.str]:
        '''The private key that the certificate was issued for.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key KafkaProvider#client_key}
        '''
        result = self._values.get("client_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_key_file(self) -> typing.Optional[builtins.str]:
        '''Path to a file containing the private key that the certificate was issued for.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key_file KafkaProvider#client_key_file}
        '''
        result = self._values.get("client_key_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_key_passphrase(self) -> typing.Optional[builtins.str]:
        '''The passphrase for the private key that the certificate was issued for.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#client_key_passphrase KafkaProvider#client_key_passphrase}
        '''
        result = self._values.get("client_key_passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kafka_version(self) -> typing.Optional[builtins.str]:
        '''The version of Kafka protocol to use in ``$MAJOR.$MINOR.$PATCH`` format. Some features may not be available on older versions. Default is 2.7.0.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#kafka_version KafkaProvider#kafka_version}
        '''
        result = self._values.get("kafka_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_access_key(self) -> typing.Optional[builtins.str]:
        '''The AWS access key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_access_key KafkaProvider#sasl_aws_access_key}
        '''
        result = self._values.get("sasl_aws_access_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_container_authorization_token_file(
        self,
    ) -> typing.Optional[builtins.str]:
        '''Path to a file containing the AWS pod identity authorization token.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_container_authorization_token_file KafkaProvider#sasl_aws_container_authorization_token_file}
        '''
        result = self._values.get("sasl_aws_container_authorization_token_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_container_credentials_full_uri(self) -> typing.Optional[builtins.str]:
        '''URI to retrieve AWS credentials from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_container_credentials_full_uri KafkaProvider#sasl_aws_container_credentials_full_uri}
        '''
        result = self._values.get("sasl_aws_container_credentials_full_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_creds_debug(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Set this to true to turn AWS credentials debug.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_creds_debug KafkaProvider#sasl_aws_creds_debug}
        '''
        result = self._values.get("sasl_aws_creds_debug")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def sasl_aws_external_id(self) -> typing.Optional[builtins.str]:
        '''External ID of the AWS IAM role to assume.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_external_id KafkaProvider#sasl_aws_external_id}
        '''
        result = self._values.get("sasl_aws_external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_profile(self) -> typing.Optional[builtins.str]:
        '''AWS profile name to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_profile KafkaProvider#sasl_aws_profile}
        '''
        result = self._values.get("sasl_aws_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_region(self) -> typing.Optional[builtins.str]:
        '''AWS region where MSK is deployed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_region KafkaProvider#sasl_aws_region}
        '''
        result = self._values.get("sasl_aws_region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_role_arn(self) -> typing.Optional[builtins.str]:
        '''Arn of an AWS IAM role to assume.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_role_arn KafkaProvider#sasl_aws_role_arn}
        '''
        result = self._values.get("sasl_aws_role_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_secret_key(self) -> typing.Optional[builtins.str]:
        '''The AWS secret key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_secret_key KafkaProvider#sasl_aws_secret_key}
        '''
        result = self._values.get("sasl_aws_secret_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_aws_shared_config_files(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''List of paths to AWS shared config files.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_shared_config_files KafkaProvider#sasl_aws_shared_config_files}
        '''
        result = self._values.get("sasl_aws_shared_config_files")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sasl_aws_token(self) -> typing.Optional[builtins.str]:
        '''The AWS session token. Only required if you are using temporary security credentials.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_aws_token KafkaProvider#sasl_aws_token}
        '''
        result = self._values.get("sasl_aws_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_mechanism(self) -> typing.Optional[builtins.str]:
        '''SASL mechanism, can be plain, scram-sha512, scram-sha256, aws-iam.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_mechanism KafkaProvider#sasl_mechanism}
        '''
        result = self._values.get("sasl_mechanism")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_oauth_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''OAuth scopes to request when using the oauthbearer mechanism.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_oauth_scopes KafkaProvider#sasl_oauth_scopes}
        '''
        result = self._values.get("sasl_oauth_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sasl_password(self) -> typing.Optional[builtins.str]:
        '''Password for SASL authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_password KafkaProvider#sasl_password}
        '''
        result = self._values.get("sasl_password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_token_url(self) -> typing.Optional[builtins.str]:
        '''The url to retrieve oauth2 tokens from, when using sasl mechanism oauthbearer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_token_url KafkaProvider#sasl_token_url}
        '''
        result = self._values.get("sasl_token_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sasl_username(self) -> typing.Optional[builtins.str]:
        '''Username for SASL authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#sasl_username KafkaProvider#sasl_username}
        '''
        result = self._values.get("sasl_username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip_tls_verify(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Set this to true only if the target Kafka server is an insecure development instance.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#skip_tls_verify KafkaProvider#skip_tls_verify}
        '''
        result = self._values.get("skip_tls_verify")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Timeout in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#timeout KafkaProvider#timeout}
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls_enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable communication with the Kafka Cluster over TLS.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mongey/kafka/0.13.1/docs#tls_enabled KafkaProvider#tls_enabled}
        '''
        result = self._values.get("tls_enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaProviderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "KafkaProvider",
    "KafkaProviderConfig",
]

publication.publish()

def _typecheckingstub__d35d8d4a23888b463a48021fafc1e3e9927801ece1754b49a3dac305b77a8380(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    bootstrap_servers: typing.Sequence[builtins.str],
    alias: typing.Optional[builtins.str] = None,
    ca_cert: typing.Optional[builtins.str] = None,
    ca_cert_file: typing.Optional[builtins.str] = None,
    client_cert: typing.Optional[builtins.str] = None,
    client_cert_file: typing.Optional[builtins.str] = None,
    client_key: typing.Optional[builtins.str] = None,
    client_key_file: typing.Optional[builtins.str] = None,
    client_key_passphrase: typing.Optional[builtins.str] = None,
    kafka_version: typing.Optional[builtins.str] = None,
    sasl_aws_access_key: typing.Optional[builtins.str] = None,
    sasl_aws_container_authorization_token_file: typing.Optional[builtins.str] = None,
    sasl_aws_container_credentials_full_uri: typing.Optional[builtins.str] = None,
    sasl_aws_creds_debug: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    sasl_aws_external_id: typing.Optional[builtins.str] = None,
    sasl_aws_profile: typing.Optional[builtins.str] = None,
    sasl_aws_region: typing.Optional[builtins.str] = None,
    sasl_aws_role_arn: typing.Optional[builtins.str] = None,
    sasl_aws_secret_key: typing.Optional[builtins.str] = None,
    sasl_aws_shared_config_files: typing.Optional[typing.Sequence[builtins.str]] = None,
    sasl_aws_token: typing.Optional[builtins.str] = None,
    sasl_mechanism: typing.Optional[builtins.str] = None,
    sasl_oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    sasl_password: typing.Optional[builtins.str] = None,
    sasl_token_url: typing.Optional[builtins.str] = None,
    sasl_username: typing.Optional[builtins.str] = None,
    skip_tls_verify: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    timeout: typing.Optional[jsii.Number] = None,
    tls_enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b4ca933141069be36d00ac4a8c96c638b43ee0cf3530b98ddea65d12108bd2e(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41f4b9ffb89c5c59905ba9ff5356abb596876e3ddf2379caea0d5fa28e4918c2(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d7a9a40aa08234b191a3a1ee1726b6e6a4526456f63ccf2053e24d828feb13f(
    value: typing.Optional[typing.List[builtins.str]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95cba62d477af2bf9512568bf69e6a480900a7b9c44cd4784b9e673307181b4f(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82d0fac6e44060b6d7688a8f53734fc58ffe78a4f127c97a48aeed899509982c(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c567aea7d3b3b8ca8b2dad5df1c524b1fdf3525b8c8945886ea17c0e021fe85a(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c86b57a6e8e53e22f9ba699c3d5f6173afb59436a3825d960e07f42bcf57855(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e6dea8f2b030a32803b6bb26804fec9f64e004038dcd64ef64855ffb90ada04(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8611a0c433d65a8933150a40405366d23815dc5b15e4f22c28f981323f8afcfc(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58cc3258528f7f4bd5cabc3b1c78c65ff17f4850730573219fc6c6c20950530c(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__280b2e3d1dacc24a09efa9a43141e544a4a7a1d56f6ecb80d784a9391bff9361(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__808658592aca3d75e772065d0731c2ae41cf546ff8b046a66d22f95e51bc498d(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d54b5e9d72d3c5bd63f7b2f22c415dc95443e447a7f8f38b7ff4a011fa56c10(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e2abaa7762b0607fd017156ab97558998236b8c3bd439c4d506f82b8ba49439(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3257537e2fd8802934d5843631de8fc3608b50eb6b168c0233dfbdc7d0a1c2e4(
    value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afb656517475223d986cf51bda0c640dc216422b5c94e6e6e3b1dc8d23814105(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__634e2d15402047ca701d07aa5d56f151dfbd4260ac5d4fcf1683574e8bc0c592(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__556bcdde90a9ad187ccf1ba949a44115347d4a7df7e86e0889d95b87e699d305(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__267e57bd5705324b7849acb512a85136fffde5e55620f74f1f9aa54e89fc8abb(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80178309b1371cbb63b7dd53475c9620cc978b585f8f536e838493edb0aac1ab(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31440374b0096f3805eab721081ff69a5071fc7d38b404c0cb556be7883f7ddc(
    value: typing.Optional[typing.List[builtins.str]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0fc6f2748d0b8bc53e12ee8e643f07daf26f28e9db4df51b029942c6b332fb2(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1dc60cae2082918bcfc3e085a3a1f31e3607d2331547668da63341e7b4b136f2(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__875b35dbcde94f0359a58d7ab29b74a79f8176eba11cbb0c27ec9bb9fad24c13(
    value: typing.Optional[typing.List[builtins.str]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f044a57cfa1b8b944d7bb1c7dbba125c73e5ec70f33d6daf23718fe6ffc682dd(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e1addb59593d6c1c3dab8cea4c62eb84e9f31a6e7f9eeb4c5ef8b719db9eea4(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b9d949a3feb7f9a0fa932a30e4141d6f0bd1d5e62fdea6ba070aa167e0f83c2(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a85842fd86e64fc3de9ee3a24b95a141fd0c7ea304c5b8ae74a2bc3de3f4f6b(
    value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7dc77d9485fd392eda668c1e462a3ff31e876ac33878f62b2c918899a0adb8c7(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09f312d2a597f945a243ef3b5aa3c60f6ef09453d15081add3f604b41bc304c5(
    value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__846592dc4b6f7a76e49a8441a2aa0d71cae5879653fd37aac43678ab596d1903(
    *,
    bootstrap_servers: typing.Sequence[builtins.str],
    alias: typing.Optional[builtins.str] = None,
    ca_cert: typing.Optional[builtins.str] = None,
    ca_cert_file: typing.Optional[builtins.str] = None,
    client_cert: typing.Optional[builtins.str] = None,
    client_cert_file: typing.Optional[builtins.str] = None,
    client_key: typing.Optional[builtins.str] = None,
    client_key_file: typing.Optional[builtins.str] = None,
    client_key_passphrase: typing.Optional[builtins.str] = None,
    kafka_version: typing.Optional[builtins.str] = None,
    sasl_aws_access_key: typing.Optional[builtins.str] = None,
    sasl_aws_container_authorization_token_file: typing.Optional[builtins.str] = None,
    sasl_aws_container_credentials_full_uri: typing.Optional[builtins.str] = None,
    sasl_aws_creds_debug: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    sasl_aws_external_id: typing.Optional[builtins.str] = None,
    sasl_aws_profile: typing.Optional[builtins.str] = None,
    sasl_aws_region: typing.Optional[builtins.str] = None,
    sasl_aws_role_arn: typing.Optional[builtins.str] = None,
    sasl_aws_secret_key: typing.Optional[builtins.str] = None,
    sasl_aws_shared_config_files: typing.Optional[typing.Sequence[builtins.str]] = None,
    sasl_aws_token: typing.Optional[builtins.str] = None,
    sasl_mechanism: typing.Optional[builtins.str] = None,
    sasl_oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    sasl_password: typing.Optional[builtins.str] = None,
    sasl_token_url: typing.Optional[builtins.str] = None,
    sasl_username: typing.Optional[builtins.str] = None,
    skip_tls_verify: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    timeout: typing.Optional[jsii.Number] = None,
    tls_enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass
