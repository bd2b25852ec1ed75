using System.Collections;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Admin.Kernel.Api;

/// <summary>
/// Refuses a bound list or array holding a null element (<c>"items": [null]</c>, an empty element posted by a form) with a
/// field error on that element (<c>items[0]</c>), for every action of every module: no code downstream expects a list
/// element to be missing, and a check per controller would be forgotten by the next one. It runs during model validation,
/// so the API answers its usual 400 problem and a screen shows the error beside the field; the model's own
/// <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> (which may walk the list) is then not run.
/// </summary>
internal sealed class NoNullElementsValidatorProvider : IModelValidatorProvider
{
    /// <summary>The message (English key; translated by the module texts).</summary>
    public const string Message = "The list holds an empty (null) element.";

    public void CreateValidators(ModelValidatorProviderContext context)
    {
        var metadata = context.ModelMetadata;
        if (metadata.IsEnumerableType && metadata.ElementMetadata is { IsReferenceOrNullableType: true }
            && !typeof(IDictionary).IsAssignableFrom(metadata.ModelType))
        {
            context.Results.Add(new ValidatorItem { Validator = Validator.Instance, IsReusable = true });
        }
    }

    private sealed class Validator : IModelValidator
    {
        public static readonly Validator Instance = new();

        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
        {
            if (context.Model is not IEnumerable items)
            {
                yield break;
            }

            var i = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    yield return new ModelValidationResult($"[{i}]", Message);
                }

                i++;
            }
        }
    }
}
