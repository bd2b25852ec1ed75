// The card reader interface of the console (docs/card-reader.md). Screens never talk to a reader directly: they call
// window.AdminCardReader, which forwards to one registered driver (a real reader's local bridge, or the simulated reader) and
// turns every failure into a CardReaderError with a stable code. Without a driver every call fails with "noReader" and the
// operator types or scans the number, which always works.
(function () {
    'use strict';

    var INTERFACE_VERSION = 1;
    var DEFAULT_TIMEOUT_MS = { readNumber: 10000, readPurse: 10000, load: 30000, unload: 30000 };

    function CardReaderError(code, message, cause) {
        var error = new Error(message || code);
        error.name = 'CardReaderError';
        error.code = code;
        error.cause = cause;
        return error;
    }

    var driver = null;

    function call(operation, request, options) {
        if (!driver) {
            return Promise.reject(CardReaderError('noReader', 'No card reader is connected.'));
        }
        if (typeof driver[operation] !== 'function') {
            return Promise.reject(CardReaderError('notSupported', 'The reader cannot ' + operation + '.'));
        }
        var timeout = (options && options.timeoutMs) || DEFAULT_TIMEOUT_MS[operation];
        return new Promise(function (resolve, reject) {
            var timer = window.setTimeout(function () {
                reject(CardReaderError('timeout', 'The reader did not answer within ' + timeout + ' ms.'));
            }, timeout);
            Promise.resolve()
                .then(function () { return driver[operation](request || {}); })
                .then(function (result) { window.clearTimeout(timer); resolve(result); },
                    function (error) {
                        window.clearTimeout(timer);
                        reject(error && error.name === 'CardReaderError' ? error : CardReaderError('failed', error && error.message, error));
                    });
        });
    }

    var reader = {
        version: INTERFACE_VERSION,
        /** Registers the driver (one at a time; a later one replaces the earlier). */
        register: function (d) {
            if (!d || typeof d.name !== 'string' || typeof d.readNumber !== 'function') {
                throw new TypeError('A card reader driver has a name and at least readNumber().');
            }
            driver = d;
            document.dispatchEvent(new CustomEvent('adminCardReader:ready', { detail: { name: d.name } }));
        },
        /** True when a driver is registered. */
        available: function () { return driver !== null; },
        /** The registered driver's name, or null. */
        name: function () { return driver ? driver.name : null; },
        /** Resolves { number } of the card in the reader. */
        readNumber: function (options) { return call('readNumber', {}, options); },
        /** Resolves { number, balance } (the purse on the chip, CNY). */
        readPurse: function (options) { return call('readPurse', {}, options); },
        /** Writes money onto the chip (圈存): { number, amount, reference } resolves { number, balance }. */
        load: function (request, options) { return call('load', request, options); },
        /** Takes money off the chip (圈提): { number, amount, reference } resolves { number, balance }. */
        unload: function (request, options) { return call('unload', request, options); },
        CardReaderError: CardReaderError,
    };
    window.AdminCardReader = reader;

    // The simulated reader: the card "in the reader" is kept in sessionStorage (per browser tab), placed through the
    // panel under a card-number field. It answers like a real reader, a little later, so the screens' waiting is exercised.
    var SIM_KEY = 'adminCardReader.simulatedCard';
    var simulated = {
        name: 'simulated',
        card: function () {
            try { return JSON.parse(window.sessionStorage.getItem(SIM_KEY) || 'null'); } catch (e) { return null; }
        },
        place: function (number, balance) {
            window.sessionStorage.setItem(SIM_KEY, JSON.stringify({ number: String(number).replace(/\s+/g, ''), balance: Number(balance) || 0 }));
        },
        remove: function () { window.sessionStorage.removeItem(SIM_KEY); },
        later: function (value) {
            return new Promise(function (resolve, reject) {
                window.setTimeout(function () { value instanceof Error ? reject(value) : resolve(value); }, 150);
            });
        },
        present: function () {
            var card = simulated.card();
            return card && card.number ? card : null;
        },
        readNumber: function () {
            var card = simulated.present();
            return simulated.later(card ? { number: card.number } : CardReaderError('noCard', 'No card in the reader.'));
        },
        readPurse: function () {
            var card = simulated.present();
            return simulated.later(card ? { number: card.number, balance: card.balance } : CardReaderError('noCard', 'No card in the reader.'));
        },
        write: function (request, sign) {
            var card = simulated.present();
            if (!card) { return simulated.later(CardReaderError('noCard', 'No card in the reader.')); }
            if (request.number && request.number !== card.number) { return simulated.later(CardReaderError('wrongCard', 'Another card is in the reader.')); }
            var balance = Math.round((card.balance + sign * Number(request.amount)) * 100) / 100;
            if (!(Number(request.amount) > 0) || balance < 0) { return simulated.later(CardReaderError('writeFailed', 'The chip refused the amount.')); }
            simulated.place(card.number, balance);
            return simulated.later({ number: card.number, balance: balance });
        },
        load: function (request) { return simulated.write(request, 1); },
        unload: function (request) { return simulated.write(request, -1); },
    };
    reader.simulator = simulated;

    function message(field, code, number) {
        var key = { noReader: 'msgNoreader', noCard: 'msgNocard', timeout: 'msgTimeout' }[code] || 'msgFailed';
        return (field.dataset[code === 'read' ? 'msgRead' : key] || '').replace('{0}', number || '');
    }

    function wire(field) {
        var input = document.getElementById(field.dataset.cardField);
        var button = field.querySelector('[data-card-read]');
        var status = field.querySelector('[data-card-reader-status]');
        if (!input || !button) { return; }
        button.addEventListener('click', function () {
            button.disabled = true;
            status.textContent = field.dataset.msgReading || '';
            reader.readNumber().then(function (result) {
                if (field.dataset.multiple === 'true' && input.value.trim() !== '') {
                    input.value = input.value.replace(/\s+$/, '') + '\n' + result.number;
                } else {
                    input.value = result.number;
                }
                input.classList.remove('is-invalid');
                input.dispatchEvent(new Event('input', { bubbles: true }));
                input.dispatchEvent(new Event('change', { bubbles: true }));
                status.textContent = message(field, 'read', result.number);
                input.focus();
            }, function (error) {
                status.textContent = message(field, error.code);
                input.focus();
            }).then(function () { button.disabled = false; });
        });

        var sim = field.querySelector('[data-card-sim]');
        if (sim) {
            var number = sim.querySelector('[data-card-sim-number]');
            var purse = sim.querySelector('[data-card-sim-purse]');
            var current = simulated.card();
            if (current) { number.value = current.number; purse.value = current.balance.toFixed(2); }
            sim.querySelector('[data-card-sim-place]').addEventListener('click', function () {
                simulated.place(number.value, purse.value);
            });
            sim.querySelector('[data-card-sim-remove]').addEventListener('click', function () {
                simulated.remove();
                number.value = '';
            });
        }
    }

    function start() {
        var fields = document.querySelectorAll('[data-card-field]');
        if (!reader.available() && document.querySelector('[data-card-reader="simulated"]')) {
            reader.register(simulated);
        }
        Array.prototype.forEach.call(fields, wire);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
