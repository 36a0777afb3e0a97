using Microsoft.Extensions.Options;

namespace NewsBot.Configuration;

public static class OptionsSetup
{
    /// <summary>Binds <typeparamref name="T"/> to <paramref name="section"/> and validates it (recursively) when the host starts.</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IHostApplicationBuilder builder, string section)
        where T : class
    {
        builder.Services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        return builder.Services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}
