// A pending load or unload's page (Allocations module): asks the card reader (window.AdminCardReader, docs/card-reader.md)
// to write the chip once, then completes the transfer, or voids it when the reader says nothing was written. When the reader
// cannot say (timeout, failed) the operator reads the purse and decides; a page closed meanwhile is voided by the timeout.
(function () {
    'use strict';

    function start() {
        var box = document.getElementById('purse-transfer');
        var status = document.getElementById('purse-reader-status');
        var complete = document.getElementById('purse-complete');
        var voiding = document.getElementById('purse-void');
        if (!box || box.dataset.status !== 'Pending' || !complete || !voiding || !window.AdminCardReader) { return; }

        // Asked once per transfer and tab: a reload must not write the chip again (a bridge also refuses a repeated reference).
        var key = 'allocations.purse.asked.' + box.dataset.reference;
        if (window.sessionStorage.getItem(key)) { return; }
        window.sessionStorage.setItem(key, '1');

        var reader = window.AdminCardReader;
        var request = { number: box.dataset.number, amount: Number(box.dataset.amount), reference: box.dataset.reference };
        status.textContent = box.dataset.msgWriting || '';
        var write = box.dataset.kind === 'Unload' ? reader.unload(request) : reader.load(request);
        write.then(function () {
            status.textContent = box.dataset.msgWritten || '';
            complete.submit();
        }, function (error) {
            var nothingWritten = ['noReader', 'noCard', 'wrongCard', 'writeFailed', 'notSupported'].indexOf(error && error.code) >= 0;
            if (nothingWritten) {
                status.textContent = box.dataset.msgRefused || '';
                voiding.submit();
            } else {
                status.textContent = box.dataset.msgUnsure || '';
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
