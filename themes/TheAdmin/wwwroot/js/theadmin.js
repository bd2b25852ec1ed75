// TheAdmin: the console's behaviour. The CSP forbids inline script and inline event handlers, so views declare
// intent with data attributes and this file (loaded with defer, after bootstrap.bundle) wires them up:
//   form[data-autofocus]          focus its first field (or, after a failed post, the first invalid field);
//                                 data-autofocus="false" opts out (the customer box once a customer is picked); a field
//                                 of it marked data-autofocus is focused instead of the first (the amount once the
//                                 customer or card is given)
//   input[data-pick="url?x="]     a task's own customer or card field: Enter with a value other than the one the page
//                                 serves (data-picked) opens url+value (GET: the screen for that customer or card, focus
//                                 on the task's first input) instead of submitting the task; a card reader's Enter too
//   a|button[data-autofocus]      focus it when nothing else asks for focus (a receipt's "Next customer")
//   [data-confirm="message"]      on a submit button, a form or a link: ask before going on
//   select[data-autosubmit]       submit the form when a value is picked with the mouse, or on Enter: never on an
//                                 arrow key, which only moves through the options (the language switch)
//   tr[data-href="url"]           the row opens the record on click or Enter; one Tab stop: the row's own link when
//                                 it has one, else the row
//   [data-bs-toggle="tooltip"]    Bootstrap tooltip
//   [data-print]                  print the page
//   dialog[data-review-dialog]    the review dialog (_ReviewDialog): shown modal over its task form; Cancel/Escape clear it
//                                 and put focus back on the button that opened it (the task's submit button)
//   form[data-counter-form]       a counter task: live total of [data-amount] fields, in figures and Chinese capitals
//   [data-shortcut="F8"]          the action's key (function keys only: no field needs them), shown on it; pressing
//                                 it clicks the action (focuses a field); "?" outside a text field opens #ta-shortcuts
(function () {
    'use strict';

    var FIELDS = 'input:not([type=hidden]):not([disabled]):not([readonly]), select:not([disabled]), textarea:not([disabled]):not([readonly])';
    var INTERACTIVE = 'a, button, input, select, textarea, label, summary, [role=button], [contenteditable]';

    function onReady(fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', fn);
        } else {
            fn();
        }
    }

    function focusField(field) {
        field.focus();
        if (typeof field.select === 'function' && /^(text|search|tel|email|number|password)$/.test(field.type || '')) {
            field.select();
        }
    }

    // ASP.NET Core marks invalid fields with .input-validation-error and their messages with
    // span[data-valmsg-for]: add Bootstrap's class and tie the message to the field for screen readers.
    function markInvalidFields() {
        var invalid = document.querySelectorAll('.input-validation-error, .is-invalid');
        invalid.forEach(function (field) {
            field.classList.add('is-invalid');
            field.setAttribute('aria-invalid', 'true');
            if (!field.name) {
                return;
            }
            var message = document.querySelector('[data-valmsg-for="' + CSS.escape(field.name) + '"]');
            if (message && message.textContent.trim() !== '') {
                if (!message.id) {
                    message.id = 'ta-err-' + field.name.replace(/[^A-Za-z0-9_-]/g, '-');
                }
                var described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
                if (described.indexOf(message.id) < 0) {
                    described.push(message.id);
                    field.setAttribute('aria-describedby', described.join(' '));
                }
            }
        });
        return invalid;
    }

    function initialFocus() {
        var invalid = markInvalidFields();
        var active = document.activeElement;
        if (active && active !== document.body && active !== document.documentElement) {
            return; // an autofocus attribute or the user got there first
        }
        for (var i = 0; i < invalid.length; i++) {
            if (invalid[i].matches(FIELDS)) {
                focusField(invalid[i]);
                return;
            }
        }
        // data-autofocus="false" is how a view says "not now": Razor writes a null attribute value of a form as "".
        var target = document.querySelector('form[data-autofocus]:not([data-autofocus=false]), a[data-autofocus], button[data-autofocus]');
        if (target && target.tagName !== 'FORM') {
            target.focus();
            return;
        }
        var marked = target && target.querySelector('[data-autofocus]:not([data-autofocus=false])');
        var field = marked && marked.matches(FIELDS) ? marked : target && target.querySelector(FIELDS);
        if (field) {
            focusField(field);
        }
    }

    function initTooltips() {
        if (!window.bootstrap || !window.bootstrap.Tooltip) {
            return;
        }
        document.querySelectorAll('[data-bs-toggle="tooltip"]').forEach(function (el) {
            window.bootstrap.Tooltip.getOrCreateInstance(el);
        });
    }

    function initRows() {
        document.querySelectorAll('tr[data-href]').forEach(function (row) {
            if (!row.hasAttribute('tabindex') && !row.querySelector('a[href], button, input, select, textarea')) {
                row.tabIndex = 0;
            }
        });
    }

    function openRow(row, newTab) {
        var href = row.getAttribute('data-href');
        if (!href) {
            return;
        }
        if (newTab) {
            window.open(href, '_blank', 'noopener');
        } else {
            window.location.assign(href);
        }
    }

    // Confirmation: the button that submitted the form, else the form itself.
    document.addEventListener('submit', function (event) {
        var submitter = event.submitter;
        var message = (submitter && submitter.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target) {
            return;
        }

        var link = target.closest('a[data-confirm]');
        if (link) {
            if (!window.confirm(link.getAttribute('data-confirm'))) {
                event.preventDefault();
            }
            return;
        }

        if (target.closest('[data-print]')) {
            event.preventDefault();
            window.print();
            return;
        }

        var row = target.closest('tr[data-href]');
        if (row && !target.closest(INTERACTIVE) && !String(window.getSelection() || '')) {
            openRow(row, event.ctrlKey || event.metaKey);
        }
    });

    document.addEventListener('auxclick', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        var row = target && target.closest('tr[data-href]');
        if (row && event.button === 1 && !target.closest(INTERACTIVE)) {
            openRow(row, true);
        }
    });

    document.addEventListener('keydown', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (event.key === 'Enter' && target && target.matches('tr[data-href]')) {
            event.preventDefault();
            openRow(target, event.ctrlKey || event.metaKey);
        }
    });

    // A task's customer or card field picks on Enter (the customer box's search, for screens that serve any outlet's
    // customer or card by code or number); the value the page already serves submits the task as usual.
    document.addEventListener('keydown', function (event) {
        var field = event.target instanceof Element ? event.target.closest('input[data-pick]') : null;
        if (!field || event.key !== 'Enter' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        var value = field.value.trim();
        if (value === '' || value === (field.getAttribute('data-picked') || '')) {
            return;
        }
        event.preventDefault();
        window.location.assign(field.getAttribute('data-pick') + encodeURIComponent(value));
    });

    // A closed select changes its value on an arrow key: that is browsing, not choosing. Such a change waits for Enter;
    // a pick from the opened list (mouse, or Enter/Space in it) submits at once.
    var BROWSE_KEYS = /^(ArrowUp|ArrowDown|ArrowLeft|ArrowRight|Home|End|PageUp|PageDown)$/;
    function submitSelect(select) {
        if (typeof select.form.requestSubmit === 'function') {
            select.form.requestSubmit();
        } else {
            select.form.submit();
        }
    }

    document.addEventListener('keydown', function (event) {
        var select = event.target instanceof Element ? event.target.closest('select[data-autosubmit]') : null;
        if (!select || !select.form) {
            return;
        }
        if (BROWSE_KEYS.test(event.key) || (event.key.length === 1 && event.key !== ' ')) {
            select.setAttribute('data-browsing', 'true');
        } else if (event.key === 'Enter') {
            event.preventDefault();
            select.removeAttribute('data-browsing');
            var initial = select.querySelector('option[selected]');
            if (!initial || initial.value !== select.value) {
                submitSelect(select);
            }
        }
    });

    document.addEventListener('change', function (event) {
        var select = event.target instanceof Element ? event.target.closest('select[data-autosubmit]') : null;
        if (!select || !select.form) {
            return;
        }
        if (select.getAttribute('data-browsing') === 'true') {
            select.removeAttribute('data-browsing');
            return;
        }
        submitSelect(select);
    });

    // The review dialog sits inside the task form: its fields post with the task. Closing it clears them, so the
    // next submission of the (unchanged) form asks for a review again instead of reusing typed credentials.
    // The button that submitted a form is remembered for the page that answers (sessionStorage, this tab only), so the
    // review dialog can give focus back to it when closed; else the form's first submit button outside the dialog.
    var SUBMITTER_KEY = 'theadmin.submitter';
    document.addEventListener('submit', function (event) {
        try {
            var submitter = event.submitter;
            if (submitter && submitter.id && !submitter.closest('dialog')) {
                window.sessionStorage.setItem(SUBMITTER_KEY, submitter.id);
            }
        } catch (e) { /* storage refused: fall back to the form's submit button */ }
    });

    function reviewOpener(dialog) {
        var remembered = null;
        try { remembered = window.sessionStorage.getItem(SUBMITTER_KEY); } catch (e) { remembered = null; }
        var form = dialog.closest('form');
        var button = remembered && document.getElementById(remembered);
        if (button && form && button.form === form && !button.closest('dialog')) {
            return button;
        }
        var buttons = form ? form.querySelectorAll('button[type=submit], input[type=submit], button:not([type])') : [];
        for (var i = 0; i < buttons.length; i++) {
            if (!buttons[i].closest('dialog')) {
                return buttons[i];
            }
        }
        return null;
    }

    function initReviewDialog() {
        var dialog = document.querySelector('dialog[data-review-dialog]');
        if (!dialog) {
            return;
        }
        function clear() {
            dialog.querySelectorAll('input').forEach(function (input) { input.value = ''; });
        }
        // Escape and Cancel both end in 'close' (Authorise submits and leaves the page).
        dialog.addEventListener('close', function () {
            clear();
            var opener = reviewOpener(dialog);
            if (opener) {
                opener.focus();
            }
        });
        if (typeof dialog.showModal === 'function') {
            dialog.removeAttribute('open');
            dialog.showModal();
        }
        var login = dialog.querySelector('input:not([type=password])');
        var password = dialog.querySelector('input[type=password]');
        focusField(dialog.hasAttribute('data-refused') && login && login.value ? password : login);
        dialog.addEventListener('cancel', clear);
        var cancel = dialog.querySelector('[data-review-cancel]');
        if (cancel) {
            cancel.addEventListener('click', function () {
                clear();
                if (typeof dialog.close === 'function') {
                    dialog.close();
                } else {
                    dialog.removeAttribute('open');
                }
            });
        }
    }

    // 大写金额, as Admin.Kernel.Money.ChineseAmount writes it (the server's text is shown again after a post).
    var CN_DIGITS = '零壹贰叁肆伍陆柒捌玖', CN_UNITS = ['', '拾', '佰', '仟'], CN_GROUPS = ['', '万', '亿'];
    function chineseCapitals(fen) {
        if (!isFinite(fen) || Math.abs(fen) > 99999999999999) {
            return '';
        }
        var out = fen < 0 ? '负' : '';
        fen = Math.abs(fen);
        var yuan = Math.floor(fen / 100), jiao = Math.floor(fen / 10) % 10, cents = fen % 10;
        if (yuan > 0) {
            var digits = String(yuan), pendingZero = false, groupHasDigit = false, written = false;
            for (var i = 0; i < digits.length; i++) {
                var position = digits.length - 1 - i, d = digits.charCodeAt(i) - 48;
                if (d === 0) {
                    pendingZero = written;
                } else {
                    if (pendingZero) { out += '零'; pendingZero = false; }
                    out += CN_DIGITS[d] + CN_UNITS[position % 4];
                    groupHasDigit = written = true;
                }
                if (position % 4 === 0) {
                    if (groupHasDigit) { out += CN_GROUPS[position / 4]; }
                    groupHasDigit = false;
                }
            }
            out += '元';
        }
        if (jiao === 0 && cents === 0) {
            return out + (yuan === 0 ? '零元' : '') + '整';
        }
        if (jiao > 0) { out += CN_DIGITS[jiao] + '角'; } else if (yuan > 0) { out += '零'; }
        return out + (cents > 0 ? CN_DIGITS[cents] + '分' : '整');
    }

    function toFen(text) {
        var value = String(text || '').trim().replace(/,/g, '');
        if (!/^\d+(\.\d{1,2})?$/.test(value)) {
            return null;
        }
        var parts = value.split('.');
        return parseInt(parts[0], 10) * 100 + (parts[1] ? parseInt((parts[1] + '0').slice(0, 2), 10) : 0);
    }

    function formatFen(fen) {
        var yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        return yuan + '.' + String(fen % 100).padStart(2, '0');
    }

    // A counter form: each line's [data-quantity] fills its [data-amount] with quantity × data-unit until the operator
    // types an amount; [data-total] and [data-capitals] follow the sum of the amounts.
    function initCounterForms() {
        document.querySelectorAll('form[data-counter-form]').forEach(function (form) {
            function recalc() {
                var total = 0, valid = true;
                form.querySelectorAll('[data-amount]').forEach(function (field) {
                    if (field.value.trim() === '') {
                        return;
                    }
                    var fen = toFen(field.value);
                    if (fen === null) { valid = false; } else { total += fen; }
                });
                form.querySelectorAll('[data-total]').forEach(function (el) { el.textContent = valid ? formatFen(total) : '—'; });
                form.querySelectorAll('[data-capitals]').forEach(function (el) { el.textContent = valid ? chineseCapitals(total) : '—'; });
            }
            form.addEventListener('input', function (event) {
                var target = event.target instanceof Element ? event.target : null;
                if (target && target.matches('[data-amount]')) {
                    target.setAttribute('data-typed', target.value.trim() === '' ? '' : 'true');
                }
                if (target && target.matches('[data-quantity]')) {
                    var row = target.closest('[data-line]');
                    var amount = row && row.querySelector('[data-amount]');
                    var unit = row ? toFen(row.getAttribute('data-unit')) : null;
                    var quantity = parseInt(target.value, 10);
                    if (amount && unit !== null && amount.getAttribute('data-typed') !== 'true') {
                        amount.value = target.value.trim() === '' ? '' : (isFinite(quantity) && quantity > 0 ? formatFen(unit * quantity).replace(/,/g, '') : '');
                    }
                }
                recalc();
            });
            recalc();
        });
    }

    // Shortcut keys: the open modal dialog's action first (F8 authorises in the review dialog), else the page's.
    function initShortcuts() {
        document.querySelectorAll('[data-shortcut]').forEach(function (el) {
            var key = el.getAttribute('data-shortcut');
            el.setAttribute('aria-keyshortcuts', key);
            var host = el.matches(FIELDS) ? (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) : el;
            if (host) {
                var kbd = document.createElement('kbd');
                kbd.className = 'ta-kbd';
                kbd.setAttribute('aria-hidden', 'true');
                kbd.textContent = key;
                host.appendChild(kbd);
            }
        });
    }

    function shortcutTarget(key) {
        var modal = document.querySelector('dialog[open]:modal');
        var scope = modal || document;
        var candidates = scope.querySelectorAll('[data-shortcut="' + CSS.escape(key) + '"]');
        for (var i = 0; i < candidates.length; i++) {
            var el = candidates[i];
            var closed = el.closest('dialog:not([open])');
            if (!closed && !el.disabled && el.getClientRects().length > 0 && (modal || !el.closest('dialog:modal'))) {
                return el;
            }
        }
        return null;
    }

    document.addEventListener('keydown', function (event) {
        if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        if (/^F\d{1,2}$/.test(event.key)) {
            var el = shortcutTarget(event.key);
            if (el) {
                event.preventDefault();
                if (el.matches(FIELDS)) {
                    focusField(el);
                } else {
                    el.click();
                }
            }
            return;
        }
        var target = event.target instanceof Element ? event.target : null;
        if (event.key === '?' && !(target && target.closest('input, select, textarea, [contenteditable]'))) {
            var help = document.getElementById('ta-shortcuts');
            if (help && !help.open && typeof help.showModal === 'function' && !document.querySelector('dialog[open]:modal')) {
                event.preventDefault();
                help.showModal();
                var close = help.querySelector('[data-dialog-close]');
                if (close) {
                    close.focus();
                }
            }
        }
    });

    document.addEventListener('click', function (event) {
        var close = event.target instanceof Element ? event.target.closest('[data-dialog-close]') : null;
        var dialog = close && close.closest('dialog');
        if (dialog && typeof dialog.close === 'function') {
            dialog.close();
        }
    });

    onReady(function () {
        document.documentElement.classList.add('js');
        initRows();
        initTooltips();
        initCounterForms();
        initShortcuts();
        initReviewDialog();
        initialFocus();
    });
})();
