-- Headless Neovim as a dflint user: open a Dockerfile, wait for dflint's diagnostics, apply the
-- DF1001 quick fix through Neovim's own code-action flow, write the buffer, and go to the
-- definition of the new stage name. What it saw goes to $DFLINT_NVIM_OUT as JSON; the test
-- (NeovimTest) checks it. Works on Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start).
local out_path = os.getenv('DFLINT_NVIM_OUT')
local launcher = os.getenv('DFLINT_LAUNCHER')
local result = { steps = {} }

local function step(s)
  table.insert(result.steps, s)
end

local function finish()
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(bufnr)
  local config = { name = 'dflint', cmd = { launcher, 'lsp' }, root_dir = vim.fn.fnamemodify(file, ':h') }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  step('started')

  local function dflint_diagnostics()
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      table.insert(out, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
        code = code, source = d.source, message = d.message })
    end
    return out
  end

  if not vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    error('no diagnostics within 60 s')
  end
  result.diagnostics = dflint_diagnostics()
  step('diagnostics')

  -- the code action, picked as a user would from Neovim's menu: the DF1001 fix
  local target
  for _, d in ipairs(result.diagnostics) do
    if d.code == 'DF1001' then target = d end
  end
  if not target then error('no DF1001 diagnostic') end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local picked = false
  vim.ui.select = function(items, opts, on_choice)
    result.actions = {}
    local choice
    for i, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or tostring(item)
      table.insert(result.actions, title)
      if not choice and title:find('DF1001', 1, true) == 1 then choice = i end
    end
    picked = true
    if choice then on_choice(items[choice], choice) else on_choice(nil, nil) end
  end
  local before = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf.code_action()
  if not vim.wait(30000, function() return picked and vim.api.nvim_buf_get_changedtick(bufnr) ~= before end, 50) then
    error('the code action was not applied')
  end
  step('fixed')
  vim.cmd('write')
  step('written')

  -- the diagnostics of the fixed text: no DF1001 any more
  vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if code == 'DF1001' then return false end
    end
    return true
  end, 50)
  result.after = dflint_diagnostics()

  -- go to definition from the new name in the COPY line
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, l in ipairs(lines) do
    local s = l:find('--from=', 1, true)
    if s then
      vim.api.nvim_win_set_cursor(0, { i, s + 8 })
      result.from_line = i
    end
  end
  vim.lsp.buf.definition()
  if not vim.wait(30000, function() return vim.api.nvim_win_get_cursor(0)[1] ~= result.from_line end, 50) then
    error('go to definition did not move the cursor')
  end
  result.definition = vim.api.nvim_win_get_cursor(0)
  result.definition_line = vim.api.nvim_get_current_line()
  step('definition')

  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  step('stopped')
end)
if not ok then result.error = tostring(err) end
finish()
