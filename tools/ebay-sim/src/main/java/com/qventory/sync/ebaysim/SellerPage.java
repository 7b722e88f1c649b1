package com.qventory.sync.ebaysim;

/** The simulator's one page: a seller's listings with the actions eBay offers them. */
final class SellerPage {

  private SellerPage() {}

  static final String HTML =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>eBay simulator</title>
      <style>
        body{font:14px system-ui;margin:1.5rem auto;max-width:72rem;color:#1d2330}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.35rem;text-align:left}
        input{padding:.3rem}button{padding:.3rem .6rem;margin:.1rem}fieldset{margin:.8rem 0}
        .muted{color:#667}
      </style></head><body>
      <h1>eBay <small class="muted">(simulated, application {{APP}})</small></h1>
      <fieldset><legend>Seller</legend>
        <label>eBay user id <input id="seller" value="demo_ebay_seller"></label>
        <button id="load" onclick="load()">Show listings</button>
        <span id="usage" class="muted"></span>
      </fieldset>
      <fieldset><legend>Account (eBay's Notification API tells subscribed applications)</legend>
        <button id="revoke" onclick="account('revoke', 'Revoke every application\'s access for')">Revoke application access</button>
        <button id="delete-account" onclick="account('delete-account', 'Delete the eBay account')">Delete my eBay account</button>
        <span id="api" class="muted"></span>
      </fieldset>
      <fieldset><legend>New listing</legend>
        <input id="title" placeholder="Title (random if empty)" size="40">
        <input id="sku" placeholder="SKU" size="10">
        <input id="quantity" placeholder="Qty" size="4">
        <input id="price" placeholder="Price" size="7">
        <input id="currency" placeholder="USD" size="4">
        <button id="list" onclick="list()">List item</button>
      </fieldset>
      <table><thead><tr><th>Item</th><th>Title</th><th>SKU</th><th>Price</th><th>Available</th><th>Status</th><th></th></tr></thead>
      <tbody id="items"></tbody></table>
      <p id="message" class="muted"></p>
      <script>
        const seller = () => document.getElementById('seller').value.trim();
        const esc = v => String(v ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
        async function call(method, path, body) {
          const r = await fetch('/sim/api/' + path, {method, headers: {'Content-Type': 'application/json'},
            body: body ? JSON.stringify(body) : undefined});
          const json = await r.json();
          document.getElementById('message').textContent = r.ok ? '' : json.error;
          return json;
        }
        async function load() {
          const items = await call('GET', 'sellers/' + encodeURIComponent(seller()) + '/items');
          const usage = await call('GET', 'usage');
          document.getElementById('usage').textContent =
            `notifications delivered ${usage.delivered}, errors ${usage.errors}` + (usage.markedDown ? ' — MARKED DOWN' : '');
          const api = await call('GET', 'notification-api');
          document.getElementById('api').textContent =
            `JSON: ${api.destinations.length} destination(s), ${api.subscriptions.length} subscription(s), delivered ${api.delivered}`;
          shown = Object.fromEntries((items || []).map(i => [i.itemId, i]));
          document.getElementById('items').innerHTML = (items || []).map(i => `<tr data-item="${esc(i.itemId)}">
            <td>${esc(i.itemId)}${i.relistParentId ? ' <span class="muted">(relist of ' + esc(i.relistParentId) + ')</span>' : ''}</td>
            <td>${esc(i.title)}</td><td>${esc(i.sku)}</td><td>${esc(i.price)} ${esc(i.currency)}</td>
            <td>${esc(i.available)}</td><td>${esc(i.status)}</td><td>
            <button onclick="act('${i.itemId}','revise',{price: prompt('New price', i.price)})">Revise price</button>
            ${(i.variations || []).length === 0
              ? `<button onclick="act('${i.itemId}','purchase',{quantity: 1})">Sell 1</button>`
              : i.variations.map((v, n) => `<button data-variation="${esc(v.sku || '')}"
                  onclick="sellVariation('${i.itemId}', ${n})">Sell 1 ${esc(variationName(v))} (${esc(v.available)} left)</button>`).join(' ')}
            <button onclick="act('${i.itemId}','end')">End</button>
            <button onclick="act('${i.itemId}','relist')">Relist</button>
            <button onclick="act('${i.itemId}','suspend')">Suspend</button></td></tr>`).join('');
        }
        let shown = {};
        function variationName(v) {
          return v.sku || Object.entries(v.specifics || {}).map(([k, x]) => k + ': ' + x).join(', ');
        }
        async function sellVariation(itemId, n) {
          const v = shown[itemId].variations[n];
          await act(itemId, 'purchase', v.sku ? {quantity: 1, sku: v.sku} : {quantity: 1, specifics: v.specifics});
        }
        async function list() {
          const v = id => document.getElementById(id).value.trim() || undefined;
          await call('POST', 'sellers/' + encodeURIComponent(seller()) + '/items',
            {title: v('title'), sku: v('sku'), quantity: v('quantity') && Number(v('quantity')),
             price: v('price'), currency: v('currency')});
          load();
        }
        async function account(action, question) {
          if (!confirm(question + ' ' + seller() + '?')) return;
          const answer = await call('POST', 'sellers/' + encodeURIComponent(seller()) + '/' + action, {});
          await load();
          document.getElementById('message').textContent =
            action + ': pushed to ' + (answer.pushed ?? 0) + ' subscribed destination(s)';
        }
        async function act(id, action, body) { await call('POST', 'items/' + id + '/' + action, body || {}); load(); }
        load();
      </script></body></html>
      """;
}
