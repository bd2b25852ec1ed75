using System.Globalization;
using Admin.Kernel.Results;

namespace Admin.Modules.Cards.Models;

/// <summary>A product's terms as typed (strings and numbers, not yet checked).</summary>
public sealed record ProductInput(
    string? Code, string? NameEn, string? NameZh, string? Kind, int? NumberLength, string? Prefix, string? CheckDigit, decimal? BalanceCap,
    int? ValidityMonths, decimal? RealNameThreshold, decimal? CompanyCashLimit, decimal? IndividualCashLimit, IReadOnlyList<decimal>? FaceValues, bool? Active);

/// <summary>A product's checked terms.</summary>
public sealed record ProductTerms(
    string Code, string NameEn, string NameZh, CardKind Kind, CardNumbering Numbering, decimal BalanceCap, int? ValidityMonths,
    decimal? RealNameThreshold, decimal CompanyCashLimit, decimal IndividualCashLimit, IReadOnlyList<decimal> FaceValues, bool Active)
{
    public const decimal MaxAmount = 100_000_000m;
    /// <summary>Anonymous cards are valid at least three years (the 2012 rules).</summary>
    public const int MinAnonymousValidity = 36;
    public const int MaxValidity = 600;
    public const int MaxFaceValues = 20;

    /// <summary>Checks every field and answers all problems at once, each naming its field.</summary>
    public static OperationResult<ProductTerms> Parse(ProductInput input)
    {
        var errors = new List<OperationError>();
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0)
        {
            errors.Add(CardsErrors.CodeRequired());
        }
        else if (code.Length > CardProduct.MaxCode || !code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
        {
            errors.Add(CardsErrors.CodeInvalid(CardProduct.MaxCode));
        }

        var nameEn = Name(input.NameEn, "nameEn", errors);
        var nameZh = Name(input.NameZh, "nameZh", errors);

        CardKind kind = default;
        if (string.IsNullOrWhiteSpace(input.Kind) || !Enum.TryParse(input.Kind.Trim(), true, out kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, out _))
        {
            errors.Add(CardsErrors.KindInvalid());
        }

        CheckDigitRule check = default;
        if (string.IsNullOrWhiteSpace(input.CheckDigit) || !Enum.TryParse(input.CheckDigit.Trim(), true, out check) || !Enum.IsDefined(check) || int.TryParse(input.CheckDigit, out _))
        {
            errors.Add(CardsErrors.CheckDigitInvalid());
        }

        var prefix = input.Prefix?.Trim() ?? "";
        var numbering = new CardNumbering(input.NumberLength ?? 0, prefix, check);
        errors.AddRange(numbering.Check());

        var cap = Amount(input.BalanceCap, "balanceCap", errors, required: true, positive: true) ?? 0m;
        var realName = Amount(input.RealNameThreshold, "realNameThreshold", errors, required: false, positive: true);
        var companyCash = Amount(input.CompanyCashLimit, "companyCashLimit", errors, required: true, positive: true) ?? 0m;
        var individualCash = Amount(input.IndividualCashLimit, "individualCashLimit", errors, required: true, positive: true) ?? 0m;

        if (input.ValidityMonths is { } months && (months < 1 || months > MaxValidity))
        {
            errors.Add(CardsErrors.ValidityInvalid(MaxValidity));
        }
        else if (kind == CardKind.Anonymous && input.ValidityMonths is < MinAnonymousValidity)
        {
            errors.Add(CardsErrors.AnonymousValidity(MinAnonymousValidity));
        }

        var faces = (input.FaceValues ?? []).ToList();
        if (kind == CardKind.Anonymous)
        {
            if (faces.Count == 0)
            {
                errors.Add(CardsErrors.FaceValuesRequired());
            }
            else if (faces.Count > MaxFaceValues)
            {
                errors.Add(CardsErrors.FaceValuesTooMany(MaxFaceValues));
            }
            else if (faces.Any(f => f <= 0 || decimal.Round(f, 2) != f))
            {
                errors.Add(CardsErrors.FaceValueInvalid(faces.First(f => f <= 0 || decimal.Round(f, 2) != f)));
            }
            else if (input.BalanceCap is not null && faces.Any(f => f > cap))
            {
                errors.Add(CardsErrors.FaceValueAboveCap(faces.First(f => f > cap), cap));
            }
        }
        else if (faces.Count > 0)
        {
            errors.Add(CardsErrors.FaceValuesOnlyAnonymous());
        }

        return errors.Count > 0
            ? OperationResult<ProductTerms>.Invalid([.. errors])
            : OperationResult<ProductTerms>.Success(new ProductTerms(code, nameEn!, nameZh!, kind, numbering, cap, input.ValidityMonths, realName, companyCash,
                individualCash, faces.Distinct().Order().ToList(), input.Active ?? true));
    }

    internal static string FormatFaceValues(IEnumerable<decimal> values) =>
        string.Join(',', values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));

    internal static IReadOnlyList<decimal> ParseFaceValues(string values) =>
        values.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();

    private static string? Name(string? value, string field, List<OperationError> errors)
    {
        var name = value?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(CardsErrors.NameRequired(field));
            return null;
        }

        if (name.Length > CardProduct.MaxName || name.Any(char.IsControl))
        {
            errors.Add(name.Length > CardProduct.MaxName ? CardsErrors.TooLong(field, CardProduct.MaxName) : CardsErrors.ControlCharacters(field));
            return null;
        }

        return name;
    }

    private static decimal? Amount(decimal? value, string field, List<OperationError> errors, bool required, bool positive)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(CardsErrors.AmountRequired(field));
            }

            return null;
        }

        if ((positive && value <= 0) || value > MaxAmount || decimal.Round(value.Value, 2) != value)
        {
            errors.Add(CardsErrors.AmountInvalid(field, MaxAmount));
            return null;
        }

        return value;
    }
}
