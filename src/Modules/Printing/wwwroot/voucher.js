// A task's voucher page: printing answers the PDF, which the browser downloads while the page stays; so that the page does
// not keep saying "not printed yet" until reloaded, the print is posted here, the PDF handed to the browser, and the page's
// print history and button taken from a fresh copy of the page. Anything but a PDF (the review dialog, an error) printed
// nothing, so the form is then posted the ordinary way and the server's page shows it.
(function () {
    'use strict';
    var form = document.getElementById('voucher-form');
    if (!form || !window.fetch || !window.DOMParser) { return; }
    var native = false;

    function fileName(response) {
        var header = response.headers.get('Content-Disposition') || '';
        var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
        if (star) { return decodeURIComponent(star[1]); }
        var plain = /filename="?([^";]+)"?/i.exec(header);
        return plain ? plain[1] : 'voucher.pdf';
    }

    function refresh() {
        return fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (r) { return r.text(); })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html');
                ['voucher-prints', 'print-voucher-button'].forEach(function (id) {
                    var now = document.getElementById(id);
                    var then = fresh.getElementById(id);
                    if (now && then) { now.replaceWith(document.importNode(then, true)); }
                });
                // The history now shows a time: the page takes the layout's label of the local offset with it.
                var label = fresh.querySelector('.ta-local-time');
                var main = document.querySelector('main');
                if (label && main && !document.querySelector('.ta-local-time')) {
                    main.appendChild(document.importNode(label, true));
                }
                // A reprint authorised in the review dialog is done: the dialog goes with it.
                var dialog = document.getElementById('review-dialog');
                if (dialog) {
                    if (dialog.open && dialog.close) { dialog.close(); }
                    dialog.remove();
                }
                var key = fresh.querySelector('#voucher-form input[name="IdempotencyKey"]');
                var mine = form.querySelector('input[name="IdempotencyKey"]');
                if (key && mine) { mine.value = key.value; }
            });
    }

    form.addEventListener('submit', function (e) {
        if (native) { return; }
        e.preventDefault();
        var button = document.getElementById('print-voucher-button');
        if (button) { button.disabled = true; }
        var printed = false;
        fetch(form.action, { method: 'POST', credentials: 'same-origin', body: new FormData(form) })
            .then(function (response) {
                var type = response.headers.get('Content-Type') || '';
                if (!response.ok || type.indexOf('application/pdf') !== 0) {
                    native = true;
                    form.submit();
                    return null;
                }
                printed = true;
                return response.blob().then(function (blob) {
                    var url = URL.createObjectURL(blob);
                    var a = document.createElement('a');
                    a.href = url;
                    a.download = fileName(response);
                    document.body.appendChild(a);
                    a.click();
                    a.remove();
                    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
                    form.setAttribute('data-printed', String((parseInt(form.getAttribute('data-printed') || '0', 10) || 0) + 1));
                    return refresh();
                });
            })
            .catch(function () {
                // Before the print: post it the ordinary way. After it: the PDF is there; only the history was not redrawn.
                if (!printed) { native = true; form.submit(); }
            })
            .then(function () {
                var again = document.getElementById('print-voucher-button');
                if (again) { again.disabled = false; }
            });
    });
})();
