using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Printing.Pdf;

namespace Admin.Modules.Printing.Services;

/// <summary>A rendered PDF and the name to download it under.</summary>
public sealed record PdfFile(byte[] Content, string FileName);

/// <summary>Customer application forms (客户业务申请表) of the tasks the modules' print sources register, outlet-scoped.</summary>
public sealed class ApplicationForms(PrintSources sources, PdfFonts fonts, ICurrentOperator current)
{
    public async Task<OperationResult<PdfFile>> RenderAsync(string? taskType, Guid id, CancellationToken ct = default)
    {
        if (sources.FindTask(taskType) is not { } task)
        {
            return OperationResult<PdfFile>.NotFound(PrintingErrors.TaskTypeUnknown());
        }

        if (!fonts.EnsureReady())
        {
            return OperationResult<PdfFile>.Fail(FailureKind.Unavailable, PrintingErrors.FontMissing());
        }

        if (await sources.LoadAsync(task.Source, task.TaskType, id, ct) is not { } data)
        {
            return OperationResult<PdfFile>.NotFound(PrintingErrors.TaskNotFound());
        }

        var bytes = ApplicationFormPdf.Render(data, current.LoginName ?? "");
        return OperationResult<PdfFile>.Success(new PdfFile(bytes, $"form-{data.Receipt}.pdf"));
    }
}
