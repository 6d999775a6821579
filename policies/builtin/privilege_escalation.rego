# Privilege escalation: combinations of actions that, granted on all resources without a
# condition, let a principal give itself more permissions than the policy states.
#
# The action sets are cloudsplaining's PRIVILEGE_ESCALATION_METHODS (59 methods: Rhino Security
# Labs' 21 plus the pathfinding.cloud paths; see cloudsplaining's privilege_escalation.py).
# Methods whose action set contains another method's set are not separate rules here: they can
# only be granted when the smaller set is, and removing an action of the smaller set breaks both.
# They are listed as `variants` of the smaller method, so coverage stays visible.
# Target-dependent paths (sts:AssumeRole into a role, SSM sessions) are out, as in cloudsplaining:
# they need the account's graph, not one policy.
#
# Each method is its own rule with its own issue code, so that a SARIF rule, a suppression and a
# baseline entry can name exactly one path.
package iamgate.builtin.privilege_escalation

import data.iamgate.lib

methods := [
	{
		"issueCode": "IAMGATE_PRIVESC_CREATE_ACCESS_KEY", "method": "CreateAccessKey", "reference": "pathfinding.cloud iam-002",
		"actions": ["iam:CreateAccessKey"],
		"how": "create an access key for a more privileged IAM user and act as that user",
		"variants": ["CreateAndRotateAccessKey (+ iam:DeleteAccessKey, when the user already has two keys)", "AttachUserPolicyThenCreateAccessKey", "PutUserPolicyThenCreateAccessKey"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_CREATE_LOGIN_PROFILE", "method": "CreateLoginProfile", "reference": "pathfinding.cloud iam-004",
		"actions": ["iam:CreateLoginProfile"],
		"how": "give a console password to a more privileged user who has none and sign in as that user",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_UPDATE_LOGIN_PROFILE", "method": "UpdateLoginProfile", "reference": "pathfinding.cloud iam-006",
		"actions": ["iam:UpdateLoginProfile"],
		"how": "change a more privileged user's console password and sign in as that user",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_ADD_USER_TO_GROUP", "method": "AddUserToGroup", "reference": "pathfinding.cloud iam-013",
		"actions": ["iam:AddUserToGroup"],
		"how": "add itself to a more privileged group",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_CREATE_POLICY_VERSION", "method": "CreateNewPolicyVersion", "reference": "pathfinding.cloud iam-001",
		"actions": ["iam:CreatePolicyVersion"],
		"how": "publish a new default version, with any permissions, of a managed policy attached to itself",
		"variants": ["CreatePolicyVersionThenAssumeRole", "CreatePolicyVersionThenUpdateAssumeRolePolicy"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_SET_DEFAULT_POLICY_VERSION", "method": "SetExistingDefaultPolicyVersion", "reference": "Rhino Security Labs",
		"actions": ["iam:SetDefaultPolicyVersion"],
		"how": "switch a managed policy attached to itself back to an older, more permissive version",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_ATTACH_USER_POLICY", "method": "AttachUserPolicy", "reference": "pathfinding.cloud iam-008",
		"actions": ["iam:AttachUserPolicy"],
		"how": "attach any managed policy, AdministratorAccess included, to itself",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_ATTACH_GROUP_POLICY", "method": "AttachGroupPolicy", "reference": "pathfinding.cloud iam-010",
		"actions": ["iam:AttachGroupPolicy"],
		"how": "attach any managed policy to a group it belongs to",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_ATTACH_ROLE_POLICY", "method": "AttachRolePolicy", "reference": "pathfinding.cloud iam-009",
		"actions": ["iam:AttachRolePolicy"],
		"how": "attach any managed policy to a role it uses or can assume",
		"variants": ["AttachRolePolicyThenUpdateAssumeRolePolicy"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PUT_USER_POLICY", "method": "PutUserPolicy", "reference": "pathfinding.cloud iam-007",
		"actions": ["iam:PutUserPolicy"],
		"how": "write an inline policy with any permissions on itself",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PUT_GROUP_POLICY", "method": "PutGroupPolicy", "reference": "pathfinding.cloud iam-011",
		"actions": ["iam:PutGroupPolicy"],
		"how": "write an inline policy with any permissions on a group it belongs to",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PUT_ROLE_POLICY", "method": "PutRolePolicy", "reference": "pathfinding.cloud iam-005",
		"actions": ["iam:PutRolePolicy"],
		"how": "write an inline policy with any permissions on a role it uses or can assume",
		"variants": ["PutRolePolicyThenUpdateAssumeRolePolicy"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_UPDATE_ASSUME_ROLE_POLICY", "method": "UpdateRolePolicyToAssumeIt", "reference": "pathfinding.cloud iam-012",
		"actions": ["iam:UpdateAssumeRolePolicy"],
		"how": "rewrite a privileged role's trust policy so that it can assume the role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES", "method": "CreateEC2WithExistingIP", "reference": "pathfinding.cloud ec2-001",
		"actions": ["iam:PassRole", "ec2:RunInstances"],
		"how": "launch an instance with a more privileged instance profile and use its credentials",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE", "method": "PassExistingRoleToNewLambdaThenInvoke", "reference": "pathfinding.cloud lambda-001",
		"actions": ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
		"how": "create a function that runs as a more privileged role and invoke it",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_EVENT_SOURCE", "method": "PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo", "reference": "pathfinding.cloud lambda-002",
		"actions": ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"],
		"how": "create a function that runs as a more privileged role and have an event source (a DynamoDB stream) trigger it",
		"variants": ["PassExistingRoleToNewLambdaThenTriggerWithNewDynamo (+ dynamodb:CreateTable, dynamodb:PutItem)"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_GLUE_DEV_ENDPOINT", "method": "PassExistingRoleToNewGlueDevEndpoint", "reference": "pathfinding.cloud glue-001",
		"actions": ["iam:PassRole", "glue:CreateDevEndpoint"],
		"how": "create a Glue development endpoint with a more privileged role and log in to it",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_CLOUDFORMATION_STACK", "method": "PassExistingRoleToCloudFormation", "reference": "pathfinding.cloud cloudformation-001",
		"actions": ["iam:PassRole", "cloudformation:CreateStack"],
		"how": "create a stack that runs as a more privileged role and creates whatever the template says",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_DATA_PIPELINE", "method": "PassExistingRoleToNewDataPipeline", "reference": "pathfinding.cloud datapipeline-001",
		"actions": ["iam:PassRole", "datapipeline:CreatePipeline"],
		"how": "create a pipeline that runs commands as a more privileged role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_UPDATE_GLUE_DEV_ENDPOINT", "method": "UpdateExistingGlueDevEndpoint", "reference": "pathfinding.cloud glue-002",
		"actions": ["glue:UpdateDevEndpoint"],
		"how": "add its SSH key to an existing Glue development endpoint and use the endpoint's role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_UPDATE_LAMBDA_CODE", "method": "EditExistingLambdaFunctionWithRole", "reference": "pathfinding.cloud lambda-003",
		"actions": ["lambda:UpdateFunctionCode"],
		"how": "replace the code of an existing function and act with the function's role",
		"variants": ["UpdateAndInvokeLambdaFunction", "UpdateLambdaFunctionAndAddPermission"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_BEDROCK_CODE_INTERPRETER_SESSION", "method": "AccessExistingBedrockCodeInterpreterSession", "reference": "pathfinding.cloud bedrock-002",
		"actions": ["bedrock-agentcore:StartCodeInterpreterSession", "bedrock-agentcore:InvokeCodeInterpreter"],
		"how": "run code in an existing Bedrock AgentCore code interpreter and use its execution role",
		"variants": ["PassExistingRoleToNewBedrockCodeInterpreter (+ iam:PassRole, bedrock-agentcore:CreateCodeInterpreter)"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_CLOUDFORMATION_CHANGE_SET", "method": "ExecuteCloudFormationChangeSet", "reference": "pathfinding.cloud cloudformation-005",
		"actions": ["cloudformation:CreateChangeSet", "cloudformation:ExecuteChangeSet"],
		"how": "change an existing stack that deploys with a privileged service role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_EC2_USER_DATA", "method": "ModifyEC2InstanceUserDataThenRestart", "reference": "pathfinding.cloud ec2-002",
		"actions": ["ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances"],
		"how": "replace an instance's user data and restart it, running its code with the instance role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_EC2_LAUNCH_TEMPLATE", "method": "ModifyExistingEC2LaunchTemplate", "reference": "pathfinding.cloud ec2-004",
		"actions": ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"],
		"how": "make a launch template's default version run its code with the template's instance profile",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_EC2_INSTANCE_CONNECT", "method": "EC2InstanceConnectSendSSHPublicKey", "reference": "pathfinding.cloud ec2instanceconnect-003",
		"actions": ["ec2-instance-connect:SendSSHPublicKey", "ec2:DescribeInstances"],
		"how": "push an SSH key to any instance, log in and use its instance role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_ECS_EXECUTE_COMMAND", "method": "ECSExecuteCommandOnRunningTask", "reference": "pathfinding.cloud ecs-006",
		"actions": ["ecs:ExecuteCommand", "ecs:DescribeTasks"],
		"how": "open a shell in any running task and use its task role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_SAGEMAKER_PRESIGNED_NOTEBOOK_URL", "method": "CreatePresignedSageMakerNotebookUrl", "reference": "pathfinding.cloud sagemaker-004",
		"actions": ["sagemaker:CreatePresignedNotebookInstanceUrl"],
		"how": "open any notebook instance and use its execution role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_SAGEMAKER_NOTEBOOK_LIFECYCLE", "method": "UpdateSageMakerNotebookLifecycleConfig", "reference": "pathfinding.cloud sagemaker-005",
		"actions": ["sagemaker:CreateNotebookInstanceLifecycleConfig", "sagemaker:StopNotebookInstance", "sagemaker:UpdateNotebookInstance", "sagemaker:StartNotebookInstance"],
		"how": "attach a lifecycle script to a notebook instance and restart it, running the script with the notebook's role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_APP_RUNNER", "method": "PassExistingRoleToNewAppRunnerService", "reference": "pathfinding.cloud apprunner-001",
		"actions": ["iam:PassRole", "apprunner:CreateService"],
		"how": "run an App Runner service with a more privileged instance role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_CLOUDFORMATION_STACK_SET", "method": "PassExistingRoleToNewCloudFormationStackSet", "reference": "pathfinding.cloud cloudformation-003",
		"actions": ["iam:PassRole", "cloudformation:CreateStackSet", "cloudformation:CreateStackInstances"],
		"how": "deploy a stack set that runs as a more privileged administration role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_UPDATE_STACK_SET", "method": "PassRoleToUpdateCloudFormationStackSet", "reference": "pathfinding.cloud cloudformation-004",
		"actions": ["iam:PassRole", "cloudformation:UpdateStackSet"],
		"how": "update an existing stack set to run as a more privileged administration role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_CODEBUILD_BUILD", "method": "PassExistingRoleToNewCodeBuildProjectThenBuild", "reference": "pathfinding.cloud codebuild-001",
		"actions": ["iam:PassRole", "codebuild:CreateProject", "codebuild:StartBuild"],
		"how": "create a build project with a more privileged service role and run a build",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_CODEBUILD_BUILD_BATCH", "method": "PassExistingRoleToNewCodeBuildProjectThenBuildBatch", "reference": "pathfinding.cloud codebuild-004",
		"actions": ["iam:PassRole", "codebuild:CreateProject", "codebuild:StartBuildBatch"],
		"how": "create a build project with a more privileged service role and run a batch build",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_EC2_SPOT_INSTANCES", "method": "PassExistingRoleToNewEC2SpotInstance", "reference": "pathfinding.cloud ec2-003",
		"actions": ["iam:PassRole", "ec2:RequestSpotInstances"],
		"how": "request a spot instance with a more privileged instance profile and use its credentials",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_ECS_SERVICE", "method": "PassExistingRoleToNewECSService", "reference": "pathfinding.cloud ecs-003",
		"actions": ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:CreateService"],
		"how": "run a service whose task definition uses a more privileged task role",
		"variants": ["PassExistingRoleToNewECSClusterServiceTask (+ ecs:CreateCluster)"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_ECS_RUN_TASK", "method": "PassExistingRoleToNewECSTaskViaRunTask", "reference": "pathfinding.cloud ecs-004",
		"actions": ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:RunTask"],
		"how": "run a task whose definition uses a more privileged task role",
		"variants": ["PassExistingRoleToNewECSClusterRunTask (+ ecs:CreateCluster)"],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_ECS_START_TASK", "method": "PassExistingRoleToNewECSTaskViaStartTask", "reference": "pathfinding.cloud ecs-005",
		"actions": ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:StartTask"],
		"how": "start a task whose definition uses a more privileged task role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_GLUE_JOB_RUN", "method": "PassExistingRoleToNewGlueJobThenRun", "reference": "pathfinding.cloud glue-003",
		"actions": ["iam:PassRole", "glue:CreateJob", "glue:StartJobRun"],
		"how": "create a Glue job with a more privileged role and run it",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_GLUE_JOB_TRIGGER", "method": "PassExistingRoleToNewGlueJobViaTrigger", "reference": "pathfinding.cloud glue-004",
		"actions": ["iam:PassRole", "glue:CreateJob", "glue:CreateTrigger"],
		"how": "create a Glue job with a more privileged role and a trigger that runs it",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_UPDATED_GLUE_JOB_RUN", "method": "PassExistingRoleToUpdatedGlueJobThenRun", "reference": "pathfinding.cloud glue-005",
		"actions": ["iam:PassRole", "glue:UpdateJob", "glue:StartJobRun"],
		"how": "give an existing Glue job a more privileged role and run it",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_UPDATED_GLUE_JOB_TRIGGER", "method": "PassExistingRoleToUpdatedGlueJobViaTrigger", "reference": "pathfinding.cloud glue-006",
		"actions": ["iam:PassRole", "glue:UpdateJob", "glue:CreateTrigger"],
		"how": "give an existing Glue job a more privileged role and a trigger that runs it",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_ADD_PERMISSION", "method": "PassExistingRoleToNewLambdaThenAddPermission", "reference": "pathfinding.cloud lambda-006",
		"actions": ["iam:PassRole", "lambda:CreateFunction", "lambda:AddPermission"],
		"how": "create a function that runs as a more privileged role and allow itself (or anyone) to invoke it",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_SAGEMAKER_NOTEBOOK", "method": "PassExistingRoleToNewSageMakerNotebookInstance", "reference": "pathfinding.cloud sagemaker-001",
		"actions": ["iam:PassRole", "sagemaker:CreateNotebookInstance"],
		"how": "create a notebook instance with a more privileged execution role and use it",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_SAGEMAKER_TRAINING_JOB", "method": "PassExistingRoleToNewSageMakerTrainingJob", "reference": "pathfinding.cloud sagemaker-002",
		"actions": ["iam:PassRole", "sagemaker:CreateTrainingJob"],
		"how": "run a training job whose container runs as a more privileged execution role",
		"variants": [],
	},
	{
		"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_SAGEMAKER_PROCESSING_JOB", "method": "PassExistingRoleToNewSageMakerProcessingJob", "reference": "pathfinding.cloud sagemaker-003",
		"actions": ["iam:PassRole", "sagemaker:CreateProcessingJob"],
		"how": "run a processing job whose container runs as a more privileged execution role",
		"variants": [],
	},
]

remediation := concat(" ", [
	"Scope the actions to the resources that need them (for iam:PassRole, the role ARNs, with an",
	"iam:PassedToService condition), add a condition that limits them, or drop one action of the set.",
	"If the principal really administers IAM, suppress this finding with a reason.",
])

# Metadata of every rule in this family: one rule per method, derived from the table above.
rules[m.issueCode] := rule(m) if some m in methods

rule(m) := {
	"issueCode": m.issueCode,
	"findingType": "SECURITY_WARNING",
	"title": concat("", ["Privilege escalation: ", m.method]),
	"description": concat("", [
		"Allowing ", concat(" + ", m.actions), " on all resources without a limiting condition lets a principal ",
		m.how, ", so the policy grants more than it says. Source: ", m.reference, ".",
		variants_text(m.variants),
	]),
	"remediation": remediation,
}

variants_text(variants) := "" if {
	count(variants) == 0
} else := concat("", [" Also covers: ", concat("; ", variants), "."])

# The actions the rules ask Java about (see lib/facts.rego).
asked contains a if {
	some m in methods
	some a in m.actions
}

# The service a PassRole method passes the role to, for iam:PassedToService: the service principal
# of the method's first other action, as EscalationMethod.passedToService names it.
_role_takers := {
	"ecs": "ecs-tasks.amazonaws.com",
	"apprunner": "tasks.apprunner.amazonaws.com",
	"datapipeline": "datapipeline.amazonaws.com",
	"bedrock-agentcore": "bedrock-agentcore.amazonaws.com",
}

_role_taker(m) := object.get(_role_takers, service, concat("", [service, ".amazonaws.com"])) if {
	service := [split(lower(a), ":")[0] | some a in m.actions; not startswith(lower(a), "iam:")][0]
} else := ""

# One finding per method whose actions are all granted on every resource under no condition that
# limits them (an iam:PassedToService naming the method's own service does not). A method granted
# only through admin wildcards (`*`, `iam:*`) is left to IAMGATE_ADMIN_WILDCARD, which already says
# the principal can do anything; otherwise `Action: "*"` would produce dozens of findings at the
# same token. The finding points at the first specific grant in method order.
findings contains lib.finding(rule(m), details(m), specific[0]) if {
	lib.is_identity(input)
	lib.has_broad_grants
	some m in methods
	every a in m.actions {
		lib.granted_actions[a]
	}
	taker := _role_taker(m)
	every a in m.actions {
		some e in lib.fact_grants
		lib.grants(e, a, taker)
	}
	specific := [e.path |
		some a in m.actions
		some e in lib.fact_grants
		not e.admin
		lib.grants(e, a, taker)
	]
	count(specific) > 0
}

details(m) := concat("", [
	concat(" + ", m.actions), " allowed on all resources without a limiting condition: a principal can ",
	m.how, " (", m.method, ").",
])
