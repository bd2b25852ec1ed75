using System.Text;
using Admin.Kernel.Results;
using Admin.Modules.Outlets.Models;
using Admin.Modules.Outlets.Services;

namespace Admin.Tests.Outlets;

/// <summary>The outlet's own rules, without a database: the code, status changes, field parsing, file decoding.</summary>
public sealed class OutletTests
{
    private static readonly DateOnly Today = new(2026, 3, 14);

    [Theory]
    [InlineData("10000000")]
    [InlineData("44010203")]
    [InlineData("00000000")]
    public void IsValidCode_EightDigits_IsTrue(string code) => Assert.True(Outlet.IsValidCode(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData(" 1234567")]
    [InlineData("１２３４５６７８")] // full-width digits are digits to char.IsDigit, not to the rule
    [InlineData("١٢٣٤٥٦٧٨")]
    public void IsValidCode_AnythingElse_IsFalse(string? code) => Assert.False(Outlet.IsValidCode(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ChangeStatus_WithoutReason_IsInvalidAndChangesNothing(string? reason)
    {
        var outlet = NewOutlet();

        var result = outlet.ChangeStatus(OutletStatus.Suspended, reason, Today);

        Assert.Equal(FailureKind.Validation, result.Failure);
        Assert.Equal("outlet.reasonRequired", result.Errors.Single().Code);
        Assert.Equal(OutletStatus.Active, outlet.Status);
    }

    [Fact]
    public void ChangeStatus_ReasonTooLong_IsInvalid()
    {
        var outlet = NewOutlet();

        var result = outlet.ChangeStatus(OutletStatus.Suspended, new string('x', Outlet.MaxReasonLength + 1), Today);

        Assert.Equal(FailureKind.Validation, result.Failure);
        Assert.Equal("reason", result.Errors.Single().Field);
    }

    [Fact]
    public void ChangeStatus_Suspend_KeepsTrimmedReasonAndNoClosingDate()
    {
        var outlet = NewOutlet();

        var result = outlet.ChangeStatus(OutletStatus.Suspended, "  Renovation  ", Today);

        Assert.True(result.Succeeded);
        Assert.Equal(OutletStatus.Suspended, outlet.Status);
        Assert.Equal("Renovation", outlet.StatusReason);
        Assert.Null(outlet.ClosedOn);
        Assert.False(outlet.AllowsSignIn);
    }

    [Fact]
    public void ChangeStatus_Close_SetsClosingDate_AndReopenClearsIt()
    {
        var outlet = NewOutlet();

        Assert.True(outlet.ChangeStatus(OutletStatus.Closed, "Lease ended", Today).Succeeded);
        Assert.Equal(Today, outlet.ClosedOn);

        Assert.True(outlet.ChangeStatus(OutletStatus.Active, "New lease", Today.AddDays(3)).Succeeded);
        Assert.Null(outlet.ClosedOn);
        Assert.True(outlet.AllowsSignIn);
    }

    [Fact]
    public void ChangeStatus_ToSameStatus_IsConflict()
    {
        var outlet = NewOutlet();

        var result = outlet.ChangeStatus(OutletStatus.Active, "Why not", Today);

        Assert.Equal(FailureKind.Conflict, result.Failure);
        Assert.Equal("outlet.alreadyInStatus", result.Errors.Single().Code);
    }

    [Theory]
    [InlineData(OutletStatus.Suspended)]
    [InlineData(OutletStatus.Closed)]
    public void ChangeStatus_HeadOffice_StaysActive(OutletStatus status)
    {
        var headOffice = NewOutlet(OutletType.HeadOffice);

        var result = headOffice.ChangeStatus(status, "Strike", Today);

        Assert.Equal(FailureKind.Conflict, result.Failure);
        Assert.Equal("outlet.headOfficeStaysActive", result.Errors.Single().Code);
        Assert.Equal(OutletStatus.Active, headOffice.Status);
    }

    [Fact]
    public void ChangeStatus_ClosedToSuspended_IsConflict()
    {
        var outlet = NewOutlet();
        outlet.ChangeStatus(OutletStatus.Closed, "Gone", Today);

        var result = outlet.ChangeStatus(OutletStatus.Suspended, "Maybe", Today);

        Assert.Equal("outlet.closedOnlyReopens", result.Errors.Single().Code);
        Assert.Equal(OutletStatus.Closed, outlet.Status);
    }

    [Fact]
    public void ChangeStatus_CloseBranchWithOpenOutlets_IsConflict()
    {
        var branch = NewOutlet(OutletType.Branch);

        var result = branch.ChangeStatus(OutletStatus.Closed, "Merged", Today, hasOpenOutlets: true);

        Assert.Equal("outlet.branchHasOpenOutlets", result.Errors.Single().Code);
        Assert.Equal(OutletStatus.Active, branch.Status);
    }

    [Theory]
    [InlineData(OutletType.HeadOffice, OutletStatus.Active, new OutletStatus[0])]
    [InlineData(OutletType.Outlet, OutletStatus.Active, new[] { OutletStatus.Suspended, OutletStatus.Closed })]
    [InlineData(OutletType.Branch, OutletStatus.Suspended, new[] { OutletStatus.Active, OutletStatus.Closed })]
    [InlineData(OutletType.Outlet, OutletStatus.Closed, new[] { OutletStatus.Active })]
    public void Transitions_FollowTheRules(OutletType type, OutletStatus status, OutletStatus[] expected) =>
        Assert.Equal(expected, Outlet.Transitions(type, status));

    [Fact]
    public void Parse_GoodFields_GivesTypedInput()
    {
        var result = new OutletFields(" 44010203 ", "Tianhe outlet", null, "outlet", "44010000", null, "+86 20-1234", null, "2024/5/1").Parse();

        Assert.True(result.Succeeded);
        Assert.Equal("44010203", result.Value!.Code);
        Assert.Equal(OutletType.Outlet, result.Value.Type);
        Assert.Equal(new DateOnly(2024, 5, 1), result.Value.OpenedOn);
    }

    [Fact]
    public void Parse_BadFields_NamesEachField()
    {
        var result = new OutletFields("4401", " ", new string('s', 31), "Shop", null, null, "call me", null, "2024-13-01").Parse();

        Assert.Equal(FailureKind.Validation, result.Failure);
        Assert.Equal(
            new[] { "code", "name", "openedOn", "parent", "phone", "shortName", "type" },
            result.Errors.Select(e => e.Field).Distinct().Order(StringComparer.Ordinal));
        Assert.Single(result.Errors, e => e.Field == "type");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("Store")]
    public void ParseType_NumbersAndUnknownNames_AreNull(string value) => Assert.Null(OutletFields.ParseType(value));

    [Fact]
    public void Decode_Utf8WithBom_AndGb18030_AreRead()
    {
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("code,name\r\n44010203,天河网点\r\n")).ToArray();
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes("code,name\r\n44010203,天河网点\r\n");

        Assert.Contains("天河网点", OutletImport.Decode(utf8).Value);
        Assert.Contains("天河网点", OutletImport.Decode(gb).Value);
    }

    [Fact]
    public void Decode_BinaryFile_IsRefused()
    {
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 };

        Assert.Equal("outlet.importNotText", OutletImport.Decode(zip).Errors.Single().Code);
    }

    private static Outlet NewOutlet(OutletType type = OutletType.Outlet) =>
        new() { Id = Guid.NewGuid(), Code = "44010203", Name = "Test", Type = type, Status = OutletStatus.Active };
}
