#!/bin/sh
# Stand-in for the docker CLI, for building an image TARBALL with Quarkus' Jib extension on a machine
# without a container runtime (CI runners, the project's build machines). Jib, when not pushing, asks
# "docker info" for the platform and pipes the finished image (docker-save format) into "docker load";
# this script answers the first and writes the second to $PPID_IMAGE_TAR. Jib itself needs no daemon.
#
#   PPID_IMAGE_TAR=target/request-service.tar ./mvnw -B package -pl request-service -DskipTests \
#     -Dquarkus.container-image.build=true \
#     -Dquarkus.jib.docker-executable-name=$PWD/deploy/images/docker-load-to-file.sh
#
# Then push the tarball with any registry client (skopeo copy docker-archive:target/request-service.tar
# docker://registry/ppid/request-service:1.0.0, or crane push). With registry access, prefer
# -Dquarkus.container-image.push=true, which needs no tarball at all (deploy/README.md, "Images").
set -eu
case "${1:-}" in
  info)
    echo '{"OSType":"linux","Architecture":"x86_64"}'
    ;;
  load)
    out="${PPID_IMAGE_TAR:-image.tar}"
    cat > "$out"
    echo "Loaded image into $out"
    ;;
  *)
    echo "docker-load-to-file.sh: only 'info' and 'load' are supported, not: $*" >&2
    exit 1
    ;;
esac
