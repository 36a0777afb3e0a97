# syntax=docker/dockerfile:1
# Build: docker build -t newsbot .
# Run:   docker run -e NewsBot__Telegram__BotToken=... -v newsbot-data:/data newsbot

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
ENV NewsBot__Storage__DataDirectory=/data \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
RUN mkdir -p /data && chown app:app /data
VOLUME ["/data"]
# The image's built-in non-root user.
USER app
ENTRYPOINT ["dotnet", "NewsBot.dll"]
CMD ["run"]
