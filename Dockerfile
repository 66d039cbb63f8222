# syntax=docker/dockerfile:1
# wellspring in a container: `docker build -t wellspring .` then see compose.yaml, or
#   docker run -d --name wellspring -e DISCORD_TOKEN=... -v wellspring-data:/data wellspring
# Stage 1 builds this project's wheel and every dependency's; stage 2 installs them from that folder only
# (--no-index: the name `wellspring` on PyPI is someone else's package and is never fetched).

FROM python:3.11-slim AS build
WORKDIR /src
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY dialogues ./dialogues
RUN pip wheel --wheel-dir /wheels ".[postgres]"

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 \
    WELLSPRING_DB=/data/wellspring.db WELLSPRING_HEALTH_PORT=8080
RUN groupadd --system --gid 10001 wellspring \
 && useradd --system --uid 10001 --gid wellspring --home-dir /data --shell /usr/sbin/nologin wellspring \
 && mkdir -p /data && chown wellspring:wellspring /data && chmod 0700 /data
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-index --find-links /wheels "wellspring[postgres]" \
 && wellspring --version && wellspring check
USER wellspring
WORKDIR /data
VOLUME ["/data"]
# The readiness endpoint listens on the container's loopback only; `wellspring health` asks it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["wellspring", "health"]
# wellspring is PID 1 here and handles SIGTERM itself: it stops taking turns, sends what is queued
# (about 5 s), closes the store and logs out. Give it more than that before SIGKILL (docker stop -t 15).
STOPSIGNAL SIGTERM
ENTRYPOINT ["wellspring"]
CMD ["run"]
