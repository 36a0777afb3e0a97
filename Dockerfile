# syntax=docker/dockerfile:1
# Build: docker build -t newsbot .
# Run:   docker run -e NewsBot__Telegram__BotToken=... -v newsbot-data:/data newsbot
# Own settings: -v ./appsettings.json:/app/appsettings.json:ro (or --env-file / -e NewsBot__Section__Key=value).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first with only the project files, so the layer is reused until a dependency changes.
COPY NewsBot.sln global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/NewsBot/NewsBot.csproj src/NewsBot/
COPY src/NewsBot.Discord/NewsBot.Discord.csproj src/NewsBot.Discord/
RUN dotnet restore src/NewsBot/NewsBot.csproj
COPY src/ src/
COPY samples/ samples/
COPY appsettings.example.json ./
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release --no-restore -o /app

# ASP.NET Core runtime: the optional Telegram webhook endpoint runs on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The health listener (/healthz, /readyz, /metrics) binds every interface inside the container, so the runtime's
# health check, `docker run -p 9464:9464` and a Prometheus on the container network can reach it.
ENV NewsBot__Storage__DataDirectory=/data \
    NewsBot__Health__Address=0.0.0.0 \
    NewsBot__Health__Port=9464 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
RUN mkdir -p /data && chown app:app /data
VOLUME ["/data"]
EXPOSE 9464
# The image has no curl: the bot probes its own /healthz.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "NewsBot.dll", "health", "--http"]
# The image's built-in non-root user.
USER app
ENTRYPOINT ["dotnet", "NewsBot.dll"]
CMD ["run"]
