#!/bin/sh
# Pins every image of the prod overlay by digest: for each entry of the images: list of
# deploy/overlays/prod/kustomization.yaml, writes the registry's digest of <newName or name>:<newTag> into its
# digest: line. Run by the release after pushing the four services' images (deploy/README.md, "Images by digest"),
# then commit the file: what is applied is exactly what was pushed and tested, whoever moves a tag later.
#
#   deploy/images/pin-prod-digests.sh                        # ask the registry for every entry (crane or skopeo)
#   deploy/images/pin-prod-digests.sh ppid/request-service=$(cat request-service/target/jib-image.digest) ...
#                                                            # digests already known (Jib writes the pushed one)
#   deploy/images/pin-prod-digests.sh --check                # exit 1 while an entry has no digest or a placeholder
#
# -f FILE works on another kustomization.yaml (the tests use a copy). Digests given as NAME=sha256:... win over the
# registry; an entry the arguments do not name is asked for. Only digest: lines change; the file keeps its comments.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
file="$here/../overlays/prod/kustomization.yaml"
check=false
known=""
placeholder="sha256:0000000000000000000000000000000000000000000000000000000000000000"

while [ $# -gt 0 ]; do
  case "$1" in
    -f) file="$2"; shift 2 ;;
    --check) check=true; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *=sha256:*) known="$known $1"; shift ;;
    *) echo "pin-prod-digests.sh: not NAME=sha256:DIGEST, -f FILE or --check: $1" >&2; exit 2 ;;
  esac
done
[ -f "$file" ] || { echo "pin-prod-digests.sh: no $file" >&2; exit 2; }

valid() { printf '%s' "$1" | grep -Eq '^sha256:[0-9a-f]{64}$'; }

# One line per entry of images: (the block ends at the next top-level key): name newName newTag digest, "-" if unset.
entries=$(awk '
  function flush() { if (name != "") print name, (newName == "" ? "-" : newName), (tag == "" ? "-" : tag), (digest == "" ? "-" : digest) }
  /^[A-Za-z]/ { if (inImages) flush(); inImages = ($0 ~ /^images:/); name = ""; next }
  !inImages { next }
  /^ *- name:/ { flush(); name = $3; newName = ""; tag = ""; digest = ""; next }
  /^ *newName:/ { newName = $2 }
  /^ *newTag:/ { tag = $2; gsub(/"/, "", tag) }
  /^ *digest:/ { digest = $2 }
  END { if (inImages) flush() }
' "$file")
[ -n "$entries" ] || { echo "pin-prod-digests.sh: $file has no images: entries" >&2; exit 2; }

if $check; then
  bad=$(printf '%s\n' "$entries" | awk -v p="$placeholder" '$4 == "-" || $4 == p { print $1 }')
  if [ -n "$bad" ]; then
    echo "Not pinned to a released image (no digest or the placeholder) in $file:" >&2
    printf '  %s\n' $bad >&2
    exit 1
  fi
  echo "Every image of $file is pinned by digest."
  exit 0
fi

for arg in $known; do
  printf '%s\n' "$entries" | awk -v n="${arg%%=*}" '$1 == n { found = 1 } END { exit !found }' \
    || { echo "pin-prod-digests.sh: $file has no images: entry ${arg%%=*}" >&2; exit 2; }
  valid "${arg#*=}" || { echo "pin-prod-digests.sh: ${arg%%=*}: not a sha256 digest: ${arg#*=}" >&2; exit 2; }
done

resolve() {
  if command -v crane >/dev/null 2>&1; then
    crane digest "$1"
  elif command -v skopeo >/dev/null 2>&1; then
    skopeo inspect --format '{{.Digest}}' "docker://$1"
  else
    echo "pin-prod-digests.sh: neither crane nor skopeo is installed to ask the registry for $1" >&2
    return 1
  fi
}

pins=""
for name in $(printf '%s\n' "$entries" | awk '{ print $1 }'); do
  digest=""
  for arg in $known; do
    [ "${arg%%=*}" = "$name" ] && digest="${arg#*=}"
  done
  if [ -z "$digest" ]; then
    set -- $(printf '%s\n' "$entries" | awk -v n="$name" '$1 == n')
    repo=$2; [ "$repo" = "-" ] && repo=$1
    [ "$3" != "-" ] || { echo "pin-prod-digests.sh: $name has no newTag to take the digest of" >&2; exit 2; }
    digest=$(resolve "$repo:$3")
    echo "$repo:$3 is $digest"
  fi
  valid "$digest" || { echo "pin-prod-digests.sh: $name: not a sha256 digest: $digest" >&2; exit 2; }
  [ "$digest" != "$placeholder" ] || { echo "pin-prod-digests.sh: $name: the placeholder is no digest" >&2; exit 2; }
  pins="$pins $name=$digest"
done

# Rewrite only the digest: lines of the images: entries; every entry must already have one.
tmp="$file.tmp.$$"
awk -v pins="$pins" '
  BEGIN { n = split(pins, list, " "); for (i = 1; i <= n; i++) { eq = index(list[i], "="); want[substr(list[i], 1, eq - 1)] = substr(list[i], eq + 1) } }
  /^[A-Za-z]/ { inImages = ($0 ~ /^images:/); name = "" }
  inImages && /^ *- name:/ { name = $3 }
  inImages && /^ *digest:/ && (name in want) {
    match($0, /^ *digest: */); print substr($0, 1, RLENGTH) want[name]; done[name] = 1; next
  }
  { print }
  END { for (k in want) if (!(k in done)) { print "pin-prod-digests.sh: images: entry " k " has no digest: line" > "/dev/stderr"; exit 3 } }
' "$file" > "$tmp" || { rm -f "$tmp"; exit 2; }
mv "$tmp" "$file"
printf '%s\n' $pins | sed 's/^/pinned /'
