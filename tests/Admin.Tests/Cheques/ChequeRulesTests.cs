using Admin.Kernel.Results;
using Admin.Modules.Cheques.Models;

namespace Admin.Tests.Cheques;

/// <summary>The cheque's rules, without a database: receipt checks, the 10-day rule, every transition allowed and refused.</summary>
public sealed class ChequeRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static ChequeDraft Draft(decimal? amount = 1000.00m, DateOnly? date = null, string? number = "10203040", string? bank = "ICBC Guangzhou", string? drawer = "Lin Hua") =>
        new(number, drawer, bank, null, amount, date ?? Today.AddDays(-1));

    private static Cheque Received() => Cheque.Receive(Draft(date: Today.AddDays(-3)), Today.AddDays(-2), 10).Value!;

    [Fact]
    public void Receive_AValidCheque_IsReceived()
    {
        var result = Cheque.Receive(Draft(), Today, 10);

        Assert.True(result.Succeeded);
        Assert.Equal(ChequeStatus.Received, result.Value!.Status);
        Assert.Equal("ICBCGUANGZHOU", result.Value.BankKey);
        Assert.Equal(Today, result.Value.ReceivedOn);
    }

    [Theory]
    [InlineData(0, "cheque.amountNotPositive")]
    [InlineData(-5, "cheque.amountNotPositive")]
    [InlineData(10.005, "cheque.amountTooPrecise")]
    public void Receive_RefusesBadAmounts(double amount, string code)
    {
        var result = Cheque.Receive(Draft((decimal)amount), Today, 10);

        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal("amount", error.Field);
    }

    [Fact]
    public void Receive_RefusesMissingFields_NamingEach()
    {
        var result = Cheque.Receive(new ChequeDraft(" ", "", null, null, null, null), Today, 10);

        Assert.Equal(FailureKind.Validation, result.Failure);
        Assert.Equal(["number", "drawerName", "drawerBank", "amount", "chequeDate"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Receive_RefusesAFutureDatedCheque()
    {
        var error = Assert.Single(Cheque.Receive(Draft(date: Today.AddDays(1)), Today, 10).Errors);

        Assert.Equal("cheque.dateInFuture", error.Code);
        Assert.Equal("chequeDate", error.Field);
    }

    [Fact]
    public void Receive_TheTenDayRule_TenthDayAccepted_EleventhRefused()
    {
        Assert.True(Cheque.Receive(Draft(date: Today.AddDays(-10)), Today, 10).Succeeded);
        Assert.True(Cheque.Receive(Draft(date: Today), Today, 10).Succeeded);
        var error = Assert.Single(Cheque.Receive(Draft(date: Today.AddDays(-11)), Today, 10).Errors);
        Assert.Equal("cheque.presentmentPassed", error.Code);
        Assert.Equal("2026-11-30", error.Args[1]);
        Assert.True(Cheque.Receive(Draft(date: Today.AddDays(-11)), Today, 15).Succeeded);
    }

    [Fact]
    public void Receive_RefusesABadNumber()
    {
        Assert.Equal("cheque.numberInvalid", Assert.Single(Cheque.Receive(Draft(number: "12 34"), Today, 10).Errors).Code);
    }

    [Fact]
    public void Clear_AReceivedCheque_Clears()
    {
        var cheque = Received();

        Assert.True(cheque.Clear(Today, Today).Succeeded);
        Assert.Equal(ChequeStatus.Cleared, cheque.Status);
        Assert.Equal(Today, cheque.ClearedOn);
    }

    [Fact]
    public void Clear_BeforeTheReceiptDate_IsRefused()
    {
        var cheque = Received();

        var result = cheque.Clear(Today.AddDays(-3), Today);

        Assert.Equal(FailureKind.Validation, result.Failure);
        Assert.Equal("cheque.dateTooEarly", result.Errors[0].Code);
        Assert.Equal("clearedOn", result.Errors[0].Field);
        Assert.Equal(ChequeStatus.Received, cheque.Status);
    }

    [Fact]
    public void Clear_InTheFuture_IsRefused() =>
        Assert.Equal("cheque.dateAfterToday", Received().Clear(Today.AddDays(1), Today).Errors[0].Code);

    [Fact]
    public void Clear_TwiceOrAfterABounce_IsAConflict()
    {
        var cleared = Received();
        cleared.Clear(Today, Today);
        var bounced = Received();
        bounced.Bounce(BounceReason.InsufficientFunds, null, Today, Today);

        Assert.Equal(FailureKind.Conflict, cleared.Clear(Today, Today).Failure);
        Assert.Equal(FailureKind.Conflict, bounced.Clear(Today, Today).Failure);
        Assert.Equal(ChequeStatus.Bounced, bounced.Status);
    }

    [Fact]
    public void Bounce_AReceivedCheque_ReversesNothing()
    {
        var cheque = Received();

        var result = cheque.Bounce(BounceReason.SignatureMismatch, null, Today, Today);

        Assert.True(result.Succeeded);
        Assert.False(result.Value);
        Assert.Equal(ChequeStatus.Bounced, cheque.Status);
        Assert.Equal(BounceReason.SignatureMismatch, cheque.BounceReason);
    }

    [Fact]
    public void Bounce_AClearedCheque_ReversesTheCredit()
    {
        var cheque = Received();
        cheque.Clear(Today.AddDays(-1), Today);

        var result = cheque.Bounce(BounceReason.StoppedPayment, null, Today, Today);

        Assert.True(result.Succeeded);
        Assert.True(result.Value);
    }

    [Fact]
    public void Bounce_BeforeTheClearingDate_IsRefused()
    {
        var cheque = Received();
        cheque.Clear(Today, Today);

        Assert.Equal("cheque.dateTooEarly", cheque.Bounce(BounceReason.Expired, null, Today.AddDays(-1), Today).Errors[0].Code);
        Assert.Equal(ChequeStatus.Cleared, cheque.Status);
    }

    [Fact]
    public void Bounce_IsFinal()
    {
        var cheque = Received();
        cheque.Bounce(BounceReason.Expired, null, Today, Today);

        var again = cheque.Bounce(BounceReason.Expired, null, Today, Today);

        Assert.Equal(FailureKind.Conflict, again.Failure);
        Assert.Equal("cheque.alreadyBounced", again.Errors[0].Code);
    }

    [Fact]
    public void Bounce_NeedsAReason_AndOtherNeedsAText()
    {
        Assert.Equal("cheque.reasonRequired", Received().Bounce(null, null, Today, Today).Errors[0].Code);
        Assert.Equal("cheque.reasonRequired", Received().Bounce((BounceReason)42, null, Today, Today).Errors[0].Code);
        var other = Received().Bounce(BounceReason.Other, "  ", Today, Today);
        Assert.Equal("cheque.reasonTextRequired", other.Errors[0].Code);
        Assert.Equal("note", other.Errors[0].Field);
        var cheque = Received();
        Assert.True(cheque.Bounce(BounceReason.Other, "drawer's account closed", Today, Today).Succeeded);
        Assert.Equal("drawer's account closed", cheque.BounceNote);
    }
}
