using Admin.Kernel.Results;

namespace Admin.Modules.InvoiceTitles.Models;

/// <summary>Who the fapiao is made out to.</summary>
public enum TitleType
{
    Company,
    Individual,
    Institution,
}

/// <summary>
/// The fields of an invoice title (发票抬头), shared by a customer's titles and head office's templates. Built only through
/// <see cref="Create"/>, which cleans and checks them.
/// </summary>
public sealed record TitleDetails(
    TitleType Type, string BuyerName, string? TaxpayerNumber, string? Address, string? Phone,
    string? BankName, string? BankAccount, string? Email, string? Note)
{
    public const int MaxName = 100;
    public const int MaxAddress = 200;
    public const int MaxPhone = 30;
    public const int MaxBankAccount = 34;
    public const int MaxEmail = 100;
    public const int MaxNote = 200;

    /// <summary>Cleans and validates the fields as typed; the errors name each field and what is wrong with it.</summary>
    public static OperationResult<TitleDetails> Create(
        string? type, string? buyerName, string? taxpayerNumber, string? address, string? phone,
        string? bankName, string? bankAccount, string? email, string? note)
    {
        var errors = new List<OperationError>();
        TitleType? parsedType = Enum.TryParse<TitleType>(type?.Trim(), ignoreCase: true, out var t) && Enum.IsDefined(t) && !int.TryParse(type, out _) ? t : null;
        if (parsedType is null)
        {
            errors.Add(string.IsNullOrWhiteSpace(type) ? InvoiceTitlesErrors.TypeRequired() : InvoiceTitlesErrors.TypeInvalid());
        }

        var name = TitleText.Clean(buyerName);
        if (name is null)
        {
            errors.Add(InvoiceTitlesErrors.NameRequired());
        }

        var tax = string.IsNullOrWhiteSpace(taxpayerNumber) ? null : CreditCode.Normalise(taxpayerNumber);
        if (parsedType == TitleType.Individual && tax is not null)
        {
            errors.Add(InvoiceTitlesErrors.IndividualHasNoTaxpayerNumber());
        }
        else if (parsedType == TitleType.Company && tax is null)
        {
            errors.Add(InvoiceTitlesErrors.TaxpayerNumberRequired());
        }
        else if (tax is not null && CreditCodeError(tax) is { } codeError)
        {
            errors.Add(codeError);
        }

        var cleanPhone = TitleText.Clean(phone);
        if (cleanPhone is not null && !cleanPhone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-'))
        {
            errors.Add(InvoiceTitlesErrors.PhoneInvalid());
        }

        var account = string.IsNullOrWhiteSpace(bankAccount) ? null : TitleText.ToHalfWidth(bankAccount).Replace(" ", "", StringComparison.Ordinal).Trim();
        if (account is not null && (!account.All(char.IsAsciiDigit) || account.Length > MaxBankAccount))
        {
            errors.Add(InvoiceTitlesErrors.BankAccountInvalid(MaxBankAccount));
        }

        var cleanEmail = TitleText.Clean(email);
        if (cleanEmail is not null && !LooksLikeEmail(cleanEmail))
        {
            errors.Add(InvoiceTitlesErrors.EmailInvalid());
        }

        var cleanAddress = TitleText.Clean(address);
        var cleanBank = TitleText.Clean(bankName);
        var cleanNote = TitleText.Clean(note);
        Max(name, "buyerName", MaxName);
        Max(cleanAddress, "address", MaxAddress);
        Max(cleanPhone, "phone", MaxPhone);
        Max(cleanBank, "bankName", MaxName);
        Max(cleanEmail, "email", MaxEmail);
        Max(cleanNote, "note", MaxNote);
        foreach (var (value, field) in new[] { (name, "buyerName"), (cleanAddress, "address"), (cleanBank, "bankName"), (cleanNote, "note") })
        {
            if (value is not null && value.Any(char.IsControl))
            {
                errors.Add(InvoiceTitlesErrors.ControlCharacters(field));
            }
        }

        return errors.Count > 0
            ? OperationResult<TitleDetails>.Invalid([.. errors])
            : OperationResult<TitleDetails>.Success(new TitleDetails(parsedType!.Value, name!, tax, cleanAddress, cleanPhone, cleanBank, account, cleanEmail, cleanNote));

        void Max(string? value, string field, int max)
        {
            if (value?.Length > max)
            {
                errors.Add(InvoiceTitlesErrors.TooLong(field, max));
            }
        }
    }

    /// <summary>The message for what is wrong with a (normalised) credit code, or null when it is valid.</summary>
    public static OperationError? CreditCodeError(string code) => CreditCode.Check(code) switch
    {
        CreditCodeProblem.None => null,
        CreditCodeProblem.Length => InvoiceTitlesErrors.CreditCodeLength(code.Length),
        CreditCodeProblem.Characters => InvoiceTitlesErrors.CreditCodeCharacters(new string(code.Where(c => !CreditCode.Alphabet.Contains(c, StringComparison.Ordinal)).Distinct().ToArray())),
        CreditCodeProblem.Authority => InvoiceTitlesErrors.CreditCodeAuthority(code[0]),
        CreditCodeProblem.InstitutionType => InvoiceTitlesErrors.CreditCodeType(code[1], code[0]),
        CreditCodeProblem.Division => InvoiceTitlesErrors.CreditCodeDivision(),
        _ => InvoiceTitlesErrors.CreditCodeCheck(CreditCode.CheckCharacter(code), code[17]),
    };

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.') && !value.Contains(' ', StringComparison.Ordinal);
    }
}
