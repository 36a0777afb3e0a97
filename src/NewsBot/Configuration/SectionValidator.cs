using System.Collections;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace NewsBot.Configuration;

/// <summary>
/// DataAnnotations validation that also walks lists and nested objects and names every failure by its
/// configuration path ("Feeds:Sources:0:Url"), so a bad setting stops start-up with a line that says which.
/// </summary>
public sealed class SectionValidator<T>(string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        Collect(options, section, failures, depth: 0);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object target, string path, List<string> failures, int depth)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [""];
            failures.AddRange(members.Select(member => $"{Join(path, member)}: {result.ErrorMessage}"));
        }

        if (depth > 4)
        {
            return;
        }

        foreach (var property in target.GetType().GetProperties().Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var value = property.GetValue(target);
            if (value is string or null || property.PropertyType.IsValueType)
            {
                continue;
            }

            if (value is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null and not string && !item.GetType().IsValueType)
                    {
                        Collect(item, Join(Join(path, property.Name), index.ToString(System.Globalization.CultureInfo.InvariantCulture)), failures, depth + 1);
                    }

                    index++;
                }
            }
            else if (property.PropertyType.IsClass && property.PropertyType.Namespace?.StartsWith("NewsBot", StringComparison.Ordinal) == true)
            {
                Collect(value, Join(path, property.Name), failures, depth + 1);
            }
        }
    }

    private static string Join(string path, string member) => member.Length == 0 ? path : $"{path}:{member}";
}
