namespace NewsBot.Discord.Gateway;

/// <summary>What a Gateway close code means for reconnecting (Discord docs, "Gateway Close Event Codes").</summary>
public static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>Codes after which reconnecting can never succeed: bad token, shard, API version or intents.</summary>
    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= 4010 and <= 4014);

    /// <summary>Codes after which the session is gone and a new IDENTIFY is needed.</summary>
    public static bool NeedsNewSession(int code) => code is InvalidSequence or SessionTimedOut;

    public static string Describe(int code) => code switch
    {
        4004 => "authentication failed (bad bot token)",
        4010 => "invalid shard",
        4011 => "sharding required",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents (privileged intent not enabled)",
        _ => "close code " + code,
    };
}
