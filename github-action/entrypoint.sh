#!/usr/bin/env bash
# The iamgate GitHub Action's step: gets the CLI, validates the workspace's policies, prints workflow-command
# annotations (and a job summary) to the log, writes SARIF to $INPUT_SARIF_FILE, sets the step's outputs,
# and exits as the CLI does: 0 pass, 1 blocking findings, 2 iamgate could not check everything.
#
# Inputs arrive only as INPUT_* environment variables (action.yml maps them; never interpolated into code).
# The CLI jar comes from, in order: IAMGATE_JAR (a prebuilt jar), INPUT_VERSION (a release downloaded from
# Maven Central, io.iamgate:iamgate-cli:VERSION, checked against its .sha1), IAMGATE_CACHED_JAR (the
# actions/cache slot for a jar built from this action's checkout), else bin/iamgate builds it.
set -euo pipefail

action_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="$action_root/bin/iamgate"

die() {
  echo "::error title=iamgate::$*"
  exit 2
}

for var in GITHUB_OUTPUT GITHUB_WORKSPACE; do
  [ -n "${!var:-}" ] || die "$var is not set: this script runs as a GitHub Actions step (see github-action/action.yml)"
done

# Splits a multi-value input: one item per line when it has several lines, else on white space.
split_input() {
  local value="$1"
  if [[ "$value" == *$'\n'* ]]; then
    printf '%s\n' "$value" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' | grep -v '^$' || true
  else
    # shellcheck disable=SC2086 # word splitting is the point here
    printf '%s\n' $value
  fi
}

resolve_jar() {
  if [ -n "${IAMGATE_JAR:-}" ]; then
    [ -f "$IAMGATE_JAR" ] || die "IAMGATE_JAR=$IAMGATE_JAR does not exist"
    return
  fi
  if [ -n "${INPUT_VERSION:-}" ]; then
    [[ "$INPUT_VERSION" =~ ^[0-9A-Za-z][0-9A-Za-z.+_-]*$ ]] || die "version '$INPUT_VERSION' is not a version number"
    local repo="${IAMGATE_MAVEN_REPOSITORY:-https://repo1.maven.org/maven2}"
    local dir="${RUNNER_TOOL_CACHE:-$HOME/.cache}/iamgate/$INPUT_VERSION"
    local jar="$dir/iamgate-cli-$INPUT_VERSION.jar"
    if [ ! -f "$jar" ]; then
      mkdir -p "$dir"
      local url="$repo/io/iamgate/iamgate-cli/$INPUT_VERSION/iamgate-cli-$INPUT_VERSION.jar"
      curl -fsSL --retry 3 -o "$jar.part" "$url" || die "could not download iamgate $INPUT_VERSION from $url"
      local want got
      want="$(curl -fsSL --retry 3 "$url.sha1" | cut -c1-40)" || die "could not download $url.sha1"
      if command -v sha1sum >/dev/null; then got="$(sha1sum "$jar.part")"; else got="$(shasum -a 1 "$jar.part")"; fi
      got="${got:0:40}"
      [ "$want" = "$got" ] || die "checksum mismatch for $url (expected $want, got $got)"
      mv "$jar.part" "$jar"
    fi
    export IAMGATE_JAR="$jar"
    return
  fi
  if [ -n "${IAMGATE_CACHED_JAR:-}" ]; then
    if [ ! -f "$IAMGATE_CACHED_JAR" ]; then
      "$launcher" --version >/dev/null || die "could not build the iamgate CLI from $action_root"
      mkdir -p "$(dirname "$IAMGATE_CACHED_JAR")"
      cp "$action_root/cli/target/iamgate.jar" "$IAMGATE_CACHED_JAR"
    fi
    export IAMGATE_JAR="$IAMGATE_CACHED_JAR"
  fi
  # Otherwise bin/iamgate builds the jar when missing or stale.
}

resolve_jar
cd "$GITHUB_WORKSPACE"

sarif="${INPUT_SARIF_FILE:-iamgate.sarif}"
formats="sarif,github"
if [ -n "${INPUT_FORMAT:-}" ]; then
  [[ "$INPUT_FORMAT" =~ ^[a-z,]+$ ]] || die "format '$INPUT_FORMAT' is not a comma list of formats"
  formats="$formats,$INPUT_FORMAT"
fi
args=(validate --format "$formats" --output "$sarif")
[ -z "${INPUT_CONFIG:-}" ] || args+=(--config "$INPUT_CONFIG")
[ -z "${INPUT_FAIL_ON:-}" ] || args+=(--fail-on "$INPUT_FAIL_ON")
[ -z "${INPUT_BASELINE:-}" ] || args+=(--baseline "$INPUT_BASELINE")
case "${INPUT_AWS:-false}" in
  true) args+=(--aws) ;;
  false | '') ;;
  *) die "aws must be true or false, not '$INPUT_AWS'" ;;
esac
[ -z "${INPUT_AWS_REGION:-}" ] || args+=(--region "$INPUT_AWS_REGION")
while IFS= read -r dir; do
  [ -z "$dir" ] || args+=(--rego "$dir")
done < <(split_input "${INPUT_REGO:-}")
paths=()
while IFS= read -r p; do
  [ -z "$p" ] || paths+=("$p")
done < <(split_input "${INPUT_PATH:-.}")
[ "${#paths[@]}" -gt 0 ] || paths=(.)
args+=(-- "${paths[@]}")

# The totals come from the github format's step outputs, written to a file of their own: never from the
# printed lines, where text from the repository is shown (a Sid could imitate a summary line).
totals="$(mktemp)"
trap 'rm -f "$totals"' EXIT
status=0
GITHUB_OUTPUT="$totals" "$launcher" "${args[@]}" || status=$?

total() {
  sed -nE "s/^$1=([0-9]+)\$/\\1/p" "$totals" | tail -n 1
}
findings="$(total findings)"
blocking="$(total blocking)"
{
  echo "findings=$findings"
  echo "blocking=$blocking"
  if [ -f "$sarif" ]; then echo "sarif-file=$sarif"; else echo "sarif-file="; fi
} >>"$GITHUB_OUTPUT"

case "$status" in
  0) ;;
  1) echo "iamgate: ${blocking:-some} blocking finding(s); the job fails (see the annotations and the job summary)" ;;
  *) echo "::error title=iamgate::iamgate could not check everything (exit code $status); the messages above say why" ;;
esac
exit "$status"
