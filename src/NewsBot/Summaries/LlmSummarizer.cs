using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Text;

namespace NewsBot.Summaries;

/// <summary>
/// Abstractive Indonesian summaries from any OpenAI-compatible /v1/chat/completions endpoint. The answer is used
/// only if <see cref="LlmAnswerValidator"/> accepts it; on timeout, HTTP or protocol errors, or a rejected answer
/// the extractive summary is returned instead.
/// </summary>
public sealed class LlmSummarizer(
    HttpClient http, ExtractiveSummarizer fallback, IOptions<SummaryOptions> options, ILogger<LlmSummarizer> logger) : ISummarizer
{
    public async Task<string> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var llm = settings.Llm;
        if (llm.BaseUrl is null)
        {
            return fallback.Summarize(request);
        }

        var article = ArticleCleaner.Clean(request.Text, request.Title);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(llm.Timeout);
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, CompletionsUri(llm.BaseUrl))
            {
                Content = JsonContent.Create(LlmPrompt.Build(llm.Model, request.Title, article, settings)),
            };
            if (!string.IsNullOrEmpty(llm.ApiKey))
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", llm.ApiKey);
            }

            using var response = await http.SendAsync(message, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("LLM summary failed with HTTP {StatusCode} from {Model}; using the extractive summary", (int)response.StatusCode, llm.Model);
                return fallback.Summarize(request);
            }

            var completion = await response.Content.ReadFromJsonAsync<ChatCompletionResponse>(timeout.Token);
            var raw = (completion?.Choices is { Count: > 0 } choices ? choices[0].Message : null)?.Content ?? string.Empty;
            var rejection = LlmAnswerValidator.Check(raw, request.Title + "\n" + request.Text, settings);
            var answer = LlmAnswerValidator.Normalize(raw);
            if (rejection is not null)
            {
                logger.LogWarning("LLM summary from {Model} rejected ({Reason}); using the extractive summary", llm.Model, rejection);
                return fallback.Summarize(request);
            }

            return answer;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("LLM summary from {Model} timed out after {Timeout}; using the extractive summary", llm.Model, llm.Timeout);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("LLM summary request to {Model} failed ({Error}); using the extractive summary", llm.Model, ex.Message);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("LLM summary from {Model} was not valid JSON ({Error}); using the extractive summary", llm.Model, ex.Message);
        }

        return fallback.Summarize(request);
    }

    /// <summary>"http://host:11434" and "http://host:11434/v1" both lead to ".../v1/chat/completions".</summary>
    internal static Uri CompletionsUri(Uri baseUrl)
    {
        var root = baseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(root.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? root + "/chat/completions" : root + "/v1/chat/completions");
    }
}
