### vri-invite, Portuguese as written in Brazil (Português (Brasil)): three plural forms (0 and 1 are singular).
### Also shown for pt-PT (European Portuguese), which has no file of its own.
### language: pt-BR
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (polite clinic register, kiosk button lengths)

## The page

app_title = Terceiros nesta chamada
language_label = Idioma
language_search = Encontre seu idioma
language_none = Nenhum idioma encontrado.
language_failed = Não foi possível carregar { $language }. Verifique a conexão e tente de novo.

## Screens shown instead of the app

config_error_title = Este aplicativo não está configurado corretamente
config_error_help = Peça a quem o instalou que verifique o arquivo de configuração. Recarregar a página tenta de novo.
reload = Recarregar
crash_title = Algo deu errado
crash_text = O aplicativo parou por causa de um erro neste dispositivo. As pessoas que você convidou continuam na chamada, e a lista está guardada nesta aba.
part_failed = Não foi possível carregar esta parte da página. Verifique a conexão e tente novamente.
retry = Tentar novamente
session_expired = Sua sessão expirou; aguardando o portal entrar de novo com sua conta… O que você estava fazendo vai continuar sozinho.

## The invite form

invite_title = Convidar um terceiro
how_to_reach = Como entrar em contato
mode_email = Enviar link de vídeo por e-mail
mode_phone = Ligar para o telefone
participant = Participante
name = Nome
email = E-mail
phone = Número de telefone
phone_hint = O número como é escrito no país dele, ou com + e o código do país.
country = País do número
country_search = Procure um país: nome ou +código
country_none = Escolha o país
country_no_match = Nenhum país corresponde.
dtmf = Dígitos após conectar (opcional)
dtmf_hint = Um ramal ou PIN: dígitos, * e #; vírgula ou w faz uma pausa
region = Região
choose_region = Escolha uma região
send = Enviar convite
sending = Enviando convite…
sent_to = Convite enviado para { $name }.
will_dial = Vai ligar para { $number } ({ $where })
will_dial_plain = Vai ligar para { $number }
dial_where = { $country }, { $kind }
kind_landline = fixo
kind_mobile = celular
kind_landline_or_mobile = fixo ou celular
kind_toll_free = gratuito
kind_voip = telefone pela internet
then_send = , depois enviar { $tones }

## What the form says when a field is missing or wrong

name_empty = Digite o nome que aparecerá para esta pessoa.
name_too_long = Use no máximo { $max } caracteres no nome.
region_missing = Escolha a região onde fazer a chamada.
email_empty = Digite o e-mail para onde enviar o link de vídeo.
email_shape = Digite um e-mail como nome@exemplo.com.
dtmf_bad = "{ $c }" não é um tom. Use dígitos, * e #, e vírgula ou w para uma pausa.
dtmf_too_long = Use no máximo { $max } tons.
phone_empty = Digite o número de telefone para ligar.
phone_bad_char = Não é possível discar "{ $c }". Use só dígitos, espaços e + ( ) -; coloque o ramal em "Dígitos após conectar".
phone_no_country = Escolha o país deste número, ou comece com + e o código do país.
phone_bad_country = Este código de país não existe. Confira os dígitos depois do +.
phone_too_short = Este número é curto demais para discar. Confira se não falta nenhum dígito.
phone_too_long = Este número é longo demais para o país dele. Veja se há dígitos a mais.
phone_loading = As regras de telefone ainda estão carregando. Tente de novo em um instante.
phone_unavailable = Não foi possível carregar as regras de telefone, então este número não pode ser verificado. Verifique a conexão e tente de novo.
phone_not_valid_in = Este não é um número de telefone de { $country }. Confira os dígitos e o país.
phone_not_valid = Este não é um número de telefone que possa ser discado. Confira os dígitos.
phone_costs_extra = Números de tarifa especial e de custo compartilhado não podem ser discados daqui.
phone_not_allowed = Não é possível ligar para { $country } daqui.

## Errors from the network or the server, and what the browser could not keep

err_network = Não foi possível falar com o servidor em { $origin }. Verifique a conexão de rede e tente de novo. Se a rede estiver funcionando, o servidor ou as configurações desta página podem estar bloqueando o pedido (a política CORS do servidor, a política de segurança desta página ou um endereço http numa página https): avise sua equipe de suporte.
err_cancelled = Interrompido porque a tela foi reiniciada.
err_not_api = O servidor respondeu com uma página da web em vez da resposta da API (talvez uma página de login ou um aviso de proxy), então isto não foi concluído. Tente de novo; se continuar, fale com o suporte.
saved_trimmed = Este navegador não conseguiu guardar tudo nesta aba, então as listas de intérpretes não voltarão depois de recarregar. Todas as pessoas que você convidou voltarão.
saved_refused = Este navegador não permitiu guardar a lista nesta aba: depois de recarregar, as pessoas que você convidou não aparecerão mais aqui (elas continuam na chamada). Mantenha esta página aberta.
err_undecodable = Não foi possível ler a resposta do servidor. Tente de novo; se continuar, fale com o suporte.
server_said = {" "}O servidor disse: "{ $m }"
err_400 = O servidor não aceitou este pedido.{ $said } Confira os dados e tente de novo.
err_401 = Sua sessão expirou. Entre de novo e tente outra vez.{ $said }
err_403 = Você não tem permissão para fazer isto.{ $said }
err_404 = O servidor não encontrou isto.{ $said }
err_slow = O servidor demorou demais para responder (erro { $status }).{ $said } Tente de novo daqui a pouco.
err_busy = O servidor está ocupado com pedidos demais.{ $said } Aguarde um momento e tente de novo.
err_5xx = O servidor teve um problema (erro { $status }).{ $said } Tente de novo daqui a pouco.
err_other = O servidor recusou o pedido (erro { $status }).{ $said }

## The roster: who was invited into the call

roster_title = Nesta chamada
roster_empty = Ninguém foi convidado ainda. As pessoas que você convidar aparecerão aqui.
unnamed = Participante sem nome
phone_ending = telefone terminado em { $digits }
no_contact = Sem dados de contato
code_status = Status { $code }
code_type = Tipo { $code }
code_gender_option = Opção de gênero { $code }
code_video_option = Opção de vídeo { $code }
code_status_unknown = Status desconhecido
code_type_unknown = Tipo desconhecido
unnamed_interpreter = Intérprete sem nome
identity = Identidade da conta de vídeo
details = Detalhes
details_for = Ver detalhes de { $name }
remove = Remover
removing = Removendo…
remove_name = Remover { $name }
could_not_remove = Não foi possível remover: { $message }
confirm_title = Remover { $name }?
confirm_text = { $name } será desconectado(a) da chamada.
cancel = Cancelar
removed = { $name } foi removido(a) da chamada.
step_invited_email = Convidado por e-mail
step_invited_phone = Convidado por telefone
step_status_detail = { $status }: { $detail }
step_removal_asked = Remoção solicitada
step_removal_failed = Falha ao remover: { $reason }
step_removed = Removido da chamada
step_called_again = Ligação refeita
step_call_again_failed = Falha ao ligar de novo: { $reason }
history = Histórico
call_again = Ligar de novo
calling_again = Ligando de novo…
could_not_call_again = Não foi possível ligar de novo: { $message }
announce_status = { $name }: { $status }
just_now = agora mesmo
removed_title = Removidos desta chamada

## The list kept for this tab

saved_unreadable = Não foi possível ler a lista salva de participantes, e ela foi apagada.
saved_other_version = A lista salva de participantes era de outra versão deste aplicativo e foi apagada.
saved_participant_bad = Não foi possível ler um participante salvo; a lista salva foi apagada.

## Kiosk: the idle warning

idle_title = Você ainda está aí?
still_here = Ainda estou aqui

## Copy buttons

copy = Copiar
copy_what = Copiar { $what }
copied = Copiado
copy_refused = O navegador não permitiu copiar. Selecione o texto e copie você mesmo.

## The details under the roster: the interpreting request

request_title = Pedido de interpretação para{" "}
no_request = Nenhum pedido de interpretação veio com este convite.
f_status = Status
f_language = Idioma
f_details = Detalhes
f_message = Mensagem

## The appointment

appt_title = Agendamento com{" "}
no_appt = Não há agendamento para { $name }.
this_interpreter = este intérprete
starts = Início
ends = Fim
duration = Duração
show_utc = Ver UTC
hide_utc = Ocultar UTC
as_sent = { $time } (como o servidor enviou; fuso horário não informado)
not_given = Não informado
languages = Idiomas
from_lang = De { $f }
into_lang = Para { $t }
client = Cliente
person = Pessoa
product = Serviço
call_purpose = Motivo da chamada
schedule_status = Status do agendamento
routing_status = Status da designação
gender = Gênero
video = Vídeo
offered = Oferecido
offered_yes = Oferecido a este intérprete
offered_no = Não oferecido a este intérprete
interpreter_contact = Contato do intérprete
confirmation = Número de confirmação
confirmation_what = número de confirmação
pin = PIN
pin_hidden = PIN oculto
show_pin = Ver PIN
hide_pin = Ocultar PIN
join = Entrar
join_requested = Entrada solicitada
join_requested_text = Entrada solicitada. O portal vai conectar você ao agendamento.
join_opens = Você poderá entrar quando o agendamento começar. Começa em{" "}
join_unavailable = Não é possível entrar neste agendamento.
rel_starts = Começa { $when }
rel_started = Começou { $when }
rel_ended = Terminou { $when }
rel_starts_soon = Começa em menos de um minuto
rel_started_now = Acabou de começar
rel_ended_now = Acabou de terminar

## The interpreters offered

interpreters_title = Intérpretes{" "}
of_total = { $count } de { $total }
filter_label = Filtrar por nome ou idioma
sort_by = Ordenar por
sort_listed = Como na lista
sort_rating = Avaliação (maior primeiro)
sort_performance = Desempenho (maior primeiro)
shown_status = Mostrando { $count } de { $total } intérpretes
no_interpreters = Nenhum intérprete foi oferecido para este pedido.
no_match = Nenhum intérprete corresponde a este filtro.
interpreter_list = Lista de intérpretes
native = Nativo:{" "}
also = Também:{" "}
no_languages = Nenhum idioma informado
rating = Avaliação
performance = Desempenho
score_of = { $what }: { $score } de 5
not_rated = { $what }: sem avaliação
takes = Atende
calls = Chamadas
text_cap = Texto
yes = sim
no = não
not_stated = não informado
help_language = Idioma de ajuda:{" "}
has_meetings = Tem reuniões
no_meetings = Sem reuniões
appointment_button = Agendamento
no_appointment = Sem agendamento
show_appointment_of = Ver o agendamento de { $name }

## Texts with a number: one form per CLDR plural category of the language

err_timeout =
    O servidor não respondeu em { $n ->
        [one] { $n } segundo
        [many] { $n } de segundos
       *[other] { $n } segundos
    }. Tente de novo daqui a pouco.

err_busy_wait =
    O servidor está ocupado com pedidos demais.{ $said } Aguarde { $n ->
        [one] { $n } segundo
        [many] { $n } de segundos
       *[other] { $n } segundos
    } e tente de novo.

idle_text =
    Por privacidade, esta tela será apagada em { $n ->
        [one] { $n } segundo
        [many] { $n } de segundos
       *[other] { $n } segundos
    }.

people =
    { $n ->
        [one] { $n } pessoa
        [many] { $n } de pessoas
       *[other] { $n } pessoas
    }
