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
# With a diff base, the same validation plus the access the change adds (iamgate diff); its Markdown report goes to
# the job summary through the github format.
diff_base="${INPUT_DIFF_BASE:-}"
[ "$diff_base" != none ] || diff_base=""
if [ -n "$diff_base" ]; then
  [[ "$diff_base" =~ ^[A-Za-z0-9][A-Za-z0-9._/@^~-]*$ ]] || die "diff-base '$diff_base' is not a commit id or ref name"
  if ! git cat-file -e "$diff_base^{commit}" 2>/dev/null; then
    git fetch --no-tags --depth=1 origin "$diff_base" >/dev/null 2>&1 \
      || die "diff-base: $diff_base is not in the checkout and could not be fetched"
  fi
  diff_markdown="$(mktemp "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/iamgate-diff.XXXXXX")"
  args=(diff --base "$diff_base" --format "$formats" --output "$sarif" --markdown-output "$diff_markdown")
else
  args=(validate --format "$formats" --output "$sarif")
fi
[ -z "${INPUT_FAIL_ON:-}" ] || args+=(--fail-on "$INPUT_FAIL_ON")

# The gate's own files: the configuration, and the baseline the input or the configuration names.
config_file="${INPUT_CONFIG:-.iamgate.yml}"
base="${INPUT_BASE_SHA:-}"
[ -z "$base" ] || [[ "$base" =~ ^[0-9a-f]{40}([0-9a-f]{24})?$ ]] || die "base-sha '$base' is not a commit id"
have_base=false
if [ -n "$base" ]; then
  if git cat-file -e "$base^{commit}" 2>/dev/null \
    || git fetch --no-tags --depth=1 origin "$base" >/dev/null 2>&1; then
    have_base=true
  fi
fi
# A top-level 'baseline: FILE' (plain or quoted) of the configuration text on stdin, as a path from the working
# directory (the configuration's paths are relative to its directory).
baseline_key() {
  local dir
  dir="$(dirname "$config_file")"
  sed -nE "s/^baseline:[[:space:]]*(\"([^\"]*)\"|'([^']*)'|([^[:space:]#\"']+))[[:space:]]*(#.*)?\$/\2\3\4/p" | head -n 1 | sed -e "s|^\([^/]\)|$dir/\1|" -e 's|^\./||'
}
case "${INPUT_CONFIG_SOURCE:-head}" in
  head)
    [ -z "${INPUT_CONFIG:-}" ] || args+=(--config "$INPUT_CONFIG")
    [ -z "${INPUT_BASELINE:-}" ] || args+=(--baseline "$INPUT_BASELINE")
    baseline_file="${INPUT_BASELINE:-$( [ -f "$config_file" ] && baseline_key <"$config_file" || true)}"
    ;;
  base)
    # Read from the base commit into a directory outside the workspace: the pull request cannot change them.
    [ -n "$base" ] || die "config-source: base needs the pull request's base commit: run on pull_request events or set base-sha"
    $have_base || die "config-source: base: the base commit $base is not in the checkout and could not be fetched"
    gate_dir="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/iamgate-base.XXXXXX")"
    trap 'rm -rf "$gate_dir"' EXIT
    if git cat-file -e "$base:./$config_file" 2>/dev/null; then
      git show "$base:./$config_file" >"$gate_dir/iamgate.yml"
    else
      [ -z "${INPUT_CONFIG:-}" ] || die "config-source: base: the base commit $base has no $config_file"
      echo "# the base commit has no $config_file: the defaults" >"$gate_dir/iamgate.yml"
    fi
    args+=(--config "$gate_dir/iamgate.yml")
    baseline_file="${INPUT_BASELINE:-$(baseline_key <"$gate_dir/iamgate.yml")}"
    if grep -qE '^baseline:' "$gate_dir/iamgate.yml" && [ -z "$baseline_file" ]; then
      die "config-source: base: cannot read the baseline key of the base commit's $config_file; set the baseline input"
    fi
    if [ -n "$baseline_file" ]; then
      git show "$base:./$baseline_file" >"$gate_dir/baseline.json" 2>/dev/null \
        || die "config-source: base: the base commit $base has no baseline $baseline_file"
      args+=(--baseline "$gate_dir/baseline.json")
    fi
    ;;
  *) die "config-source must be head or base, not '$INPUT_CONFIG_SOURCE'" ;;
esac
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
trap 'rm -f "$totals"; rm -rf "${gate_dir:-}"' EXIT
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
  if [ -n "$diff_base" ]; then
    if [ -s "${diff_markdown:-}" ]; then echo "diff-markdown=$diff_markdown"; else echo "diff-markdown="; fi
  fi
} >>"$GITHUB_OUTPUT"

# Whether the pull request changes the gate's own files, for the reviewer (names shown in code spans, without
# the characters that would end one).
if $have_base && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  gate_files=("$config_file")
  [ -z "${baseline_file:-}" ] || gate_files+=("$baseline_file")
  compared=true
  changed="$(git diff --name-only "$base...HEAD" -- "${gate_files[@]}" 2>/dev/null \
    || git diff --name-only "$base" HEAD -- "${gate_files[@]}" 2>/dev/null)" || compared=false
  {
    echo ""
    echo "### iamgate: the gate's own files"
    echo ""
    if [ "${INPUT_CONFIG_SOURCE:-head}" = base ]; then
      echo "Configuration and baseline read from the base commit \`${base:0:12}\` (config-source: base)."
    else
      echo "Configuration and baseline read from the pull request (config-source: head)."
    fi
    echo ""
    echo "| file | changed by this pull request |"
    echo "| --- | --- |"
    for f in "${gate_files[@]}"; do
      if ! $compared; then
        answer="unknown (git diff failed)"
      elif printf '%s\n' "$changed" | grep -qxF -- "$f"; then
        answer="**yes**"
      else
        answer="no"
      fi
      echo "| \`$(printf '%s' "$f" | tr -d '`|\r\n')\` | $answer |"
    done
  } >>"$GITHUB_STEP_SUMMARY"
fi

case "$status" in
  0) ;;
  1) echo "iamgate: ${blocking:-some} blocking finding(s); the job fails (see the annotations and the job summary)" ;;
  *) echo "::error title=iamgate::iamgate could not check everything (exit code $status); the messages above say why" ;;
esac
exit "$status"
