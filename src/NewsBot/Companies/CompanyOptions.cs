using System.ComponentModel.DataAnnotations;

namespace NewsBot.Companies;

/// <summary>Companies added to or overriding the built-in catalogue (companies.json).</summary>
public sealed class CompanyOptions : IValidatableObject
{
    public const string SectionName = "Companies";

    /// <summary>Extra companies; an entry with a built-in slug replaces that company.</summary>
    public List<CompanyDefinition> Entries { get; init; } = [];

    // ValidateDataAnnotations checks only this object's own properties; the entries need checking one by one.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(Entries[i], new ValidationContext(Entries[i]), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return new ValidationResult($"{SectionName}:{nameof(Entries)}:{i}: {result.ErrorMessage}", [nameof(Entries)]);
                }
            }
        }
    }
}
