namespace NewsBot.Summaries;

/// <summary>Configuration section "Summaries:Llm": any OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp, vLLM …).</summary>
public sealed class LlmSummaryOptions
{
    /// <summary>Server root, e.g. "http://127.0.0.1:11434/" (the provider calls "v1/chat/completions" below it). Empty = disabled.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Model name sent with each request; required when <see cref="BaseUrl"/> is set.</summary>
    public string Model { get; init; } = "";

    /// <summary>Bearer token, if the server wants one. Set it through the environment (Summaries__Llm__ApiKey); never logged.</summary>
    public string? ApiKey { get; init; }

    /// <summary>After this long the extractive summary is used instead.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
}
